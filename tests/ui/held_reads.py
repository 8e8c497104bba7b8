"""Holding a read of the worker thread back, to see the window while it waits."""

import threading

import pytest


class Held:
    """The first call of a function, once it has run (`read` is set), returns only after
    `set()`: what it read is then older than the database, as a slow read's would be."""

    def __init__(self) -> None:
        self.read = threading.Event()
        self.gate = threading.Event()
        self.calls = 0

    def set(self) -> None:
        self.gate.set()


@pytest.fixture
def hold(monkeypatch, runner):
    """`hold(owner, "name")` holds the first call of `owner.name` back; every hold is let go
    before the runner's threads are waited for."""
    holds = []

    def holding(owner, name: str) -> Held:
        held = Held()
        real = getattr(owner, name)

        def held_back(*args, **kwargs):
            held.calls += 1
            found = real(*args, **kwargs)
            if held.calls == 1:
                held.read.set()
                assert held.gate.wait(10), "the test never let the first call return"
            return found

        monkeypatch.setattr(owner, name, held_back)
        holds.append(held)
        return held

    yield holding
    for held in holds:
        held.set()  # a failed test leaves no worker waiting
