"""The persons list, a person's dossier and the inzage export."""
