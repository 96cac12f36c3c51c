"""The Qt window: the product. Only this package imports PySide6."""
