"""The command line: the same services as the GUI with a different face (see shared CLI.md)."""
