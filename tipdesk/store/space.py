"""A full disk, recognised in one place and explained in one sentence.

SQLite reports a full disk as SQLITE_FULL ("database or disk is full"), the file system as
ENOSPC (or EDQUOT over a quota). Either way the user can do one thing: free space and try
again. The database is safe: a transaction that could not be written is rolled back whole.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from tipdesk.errors import BadInput, DiskFull, TipdeskError
from tipdesk.i18n import translate

SQLITE_IOERR, SQLITE_FULL = 10, 13
LOW_SPACE = 1 << 20  # below a megabyte free, an I/O error is taken for a full disk
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException, where: Path | None = None) -> bool:
    """Whether `exc` (an OSError, a driver error, or SQLAlchemy's wrapper of one) means no space.

    With `where`, a bare "disk I/O error" counts too when the disk holding `where` has next to
    no space left: SQLite says no more when it cannot create its shared-memory file.
    """
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        return True
    orig = getattr(exc, "orig", None) or exc
    code = (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(orig).lower()
    # sqlcipher_export() passes the message on under a plain SQLITE_ERROR code.
    if code == SQLITE_FULL or "database or disk is full" in text:
        return True
    io_error = code == SQLITE_IOERR or "disk i/o error" in text
    return io_error and where is not None and free_space(where) < LOW_SPACE


def free_space(where: Path) -> int:
    """Bytes free on the disk holding `where` (a file or folder); a large number if unknown."""
    folder = Path(where)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def disk_full(path: Path) -> DiskFull:
    """The error for work that could not be written to `path` for lack of space."""
    return DiskFull(
        translate(
            "space",
            "Disk full: there is no space left on the disk that holds {path}, so this was not "
            "saved there. Free space and try again; everything saved before is safe.",
        ).format(path=path)
    )


def output_error(path: Path, exc: OSError) -> TipdeskError:
    """The error for an output file (export, report, backup) that could not be written."""
    if is_disk_full(exc):
        return disk_full(path)
    return BadInput(
        translate(
            "space", "{path} could not be written: {reason}. Choose another place and try again."
        ).format(path=path, reason=exc.strerror or exc.__class__.__name__)
    )


def file_stamp(path: Path) -> tuple[int, int] | None:
    """What tells whether `path` was written since (inode, modification time), or None."""
    with contextlib.suppress(OSError):
        found = path.stat()
        return found.st_ino, found.st_mtime_ns
    return None


@contextlib.contextmanager
def removed_on_failure(*paths: Path) -> Iterator[None]:
    """If the block fails, delete those of `paths` it wrote: no half export is left behind.

    A file the block did not touch (one that was there before and still is) is kept.
    """
    paths = tuple(Path(p) for p in paths)
    before = {path: file_stamp(path) for path in paths}
    try:
        yield
    except BaseException:
        for path in paths:
            if file_stamp(path) != before[path]:
                path.unlink(missing_ok=True)
        raise
