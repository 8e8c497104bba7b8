"""Crash-safe file replacement: write a temporary file, fsync it, rename it over the target."""

import contextlib
import os
import tempfile
from pathlib import Path


def partial_path(path: Path) -> Path:
    """The temporary file beside `path` that an export or report is written to, then renamed."""
    path = Path(path)
    return path.with_name(f".{path.name}.partial")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a power cut leaves either the old or the new file."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (a no-op where the platform cannot open folders)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
