"""The application's API: one function per user action, one unit of work each, DTOs out."""
