"""The thin Qt layer: gestures become service calls, DTOs become views."""
