"""PDF documents built with ReportLab: the fonts and the one page template (``fonts``, ``page``),
and the documents made from the services' data (``dossier``, ``inzage``).

Letters (``skow_desk.letters``) and the yearly overview (``skow_desk.reports``) use the
fonts too."""
