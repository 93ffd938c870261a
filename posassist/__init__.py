"""posassist: a point-of-service assistant for retail store associates."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("posassist")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
