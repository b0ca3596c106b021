"""Dictionaries loaded at run time by diameter.dictc.load()."""
