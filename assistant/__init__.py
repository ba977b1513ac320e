"""Assistant FSRS : recherche, moteur de conversation, interfaces."""
