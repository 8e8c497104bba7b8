"""Wrong passwords slow down the next attempt, progressively, without writing a byte.

A failed sign-in cannot be written anywhere: without the key nothing in the office may change,
and a counter file beside the database would be a change on disk too. So the failures are kept
in memory, per process and office database: the window keeps one throttle for its lifetime
(it survives a Lock), and a script calling the services gets one per database. Each attempt
also costs a memory-hard key derivation (scrypt, about 0.4 s and 128 MiB), which is what slows
separate command-line runs: each run is one attempt. The user names tried are kept too, and
recorded in the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tipdesk.errors import AuthenticationFailed
from tipdesk.i18n import translate


class SignInPaused(AuthenticationFailed):
    """An attempt made before the wait after earlier failures was over; nothing was tried."""


class SignInThrottle:
    """Failed sign-ins and the wait they impose: none for two, then 2, 4, 8, 16, 30 s."""

    FREE_ATTEMPTS = 3
    MAX_DELAY = 30
    MAX_NAMES = 100  # enough for an audit trail, bounded against a script at the keyboard

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures = 0
        self.failed_usernames: list[str] = []
        self.not_before = 0.0  # on `clock`: when the next attempt may be made

    def record_failure(self, username: str = "") -> int:
        """Count one more failure; return the seconds to wait before the next attempt."""
        self.failures += 1
        if len(self.failed_usernames) < self.MAX_NAMES:
            self.failed_usernames.append(username)
        delay = self.delay()
        self.not_before = self.clock() + delay
        return delay

    def delay(self) -> int:
        """2, 4, 8, 16, then 30 seconds from the third failure on; 0 before it."""
        if self.failures < self.FREE_ATTEMPTS:
            return 0
        return min(self.MAX_DELAY, 2 ** (self.failures - self.FREE_ATTEMPTS + 1))

    def seconds_left(self) -> int:
        """Whole seconds (rounded up) before the next attempt may be made; 0 when it may."""
        return max(0, math.ceil(self.not_before - self.clock()))

    def check(self) -> None:
        """Raise SignInPaused while the wait after failures is running."""
        left = self.seconds_left()
        if left:
            raise SignInPaused(
                translate(
                    "sign_in",
                    "Several attempts have failed. Wait {seconds} seconds, then try again.",
                ).format(seconds=left)
            )

    def reset(self) -> None:
        """After a successful sign-in (which recorded the failed attempts)."""
        self.failures = 0
        self.failed_usernames.clear()
        self.not_before = 0.0


_throttles: dict[str, SignInThrottle] = {}
_lock = threading.Lock()


def throttle_for(db_path: Path) -> SignInThrottle:
    """This process's throttle for one office database."""
    key = str(Path(db_path).resolve())
    with _lock:
        return _throttles.setdefault(key, SignInThrottle())
