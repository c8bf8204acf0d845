"""Reading the field's datasets (CGIT, AidData, any table) into collections beside the curated
records; no Qt here."""
