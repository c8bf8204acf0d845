"""The one way to run work off the GUI thread: a plain function on a QThreadPool.

``TaskRunner.submit(channel, fn, ...)`` runs ``fn(state, *args)`` on a pool thread and delivers
its result, error, progress or results so far back on the GUI thread. A newer task on the same channel supersedes
the older one: the older is cancelled (its SQLite query interrupted) and anything it still
delivers is dropped, so late results of an old filter never reach the screen.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from bri_desktop.db.connection import read_damaged_text, undecodable

log = logging.getLogger("bri_desktop")
T = TypeVar("T")



# SQLite calls the progress handler every PROGRESS_STEP virtual-machine steps: often enough to
# stop a query within milliseconds, rarely enough that taking the GIL for it costs nothing.
PROGRESS_STEP = 1_000_000


class TaskCancelled(Exception):
    pass


class TaskState:
    """Handed to the task function: report progress, check for cancellation.

    A watched connection's query stops (SQLite's progress handler) as soon as the task is
    cancelled or its time limit passes; the task then fails with "interrupted", which the
    window words as "took too long: narrow the search"."""

    def __init__(self, progress: Callable[[int], None], time_limit: float | None = None,
                 parts: ThreadPoolExecutor | None = None,
                 partial: Callable[[object], None] | None = None):
        self._partial = partial
        self._cancelled = threading.Event()
        self._parts_failed = threading.Event()  # one part failed: the others stop
        self._parts = parts
        self._progress = progress
        self._conns: set[sqlite3.Connection] = set()
        self._lock = threading.Lock()
        self._time_limit = time_limit
        self._deadline = time.monotonic() + time_limit if time_limit else None

    def renew_time_limit(self) -> None:
        """A task made of steps that each show a result (a slice's counts) gets the time limit
        for each step afresh."""
        if self._time_limit:
            self._deadline = time.monotonic() + self._time_limit

    def timed_out(self) -> bool:
        return self._deadline is not None and time.monotonic() > self._deadline

    def _stop_query(self) -> int:
        stop = self._cancelled.is_set() or self._parts_failed.is_set() or self.timed_out()
        return 1 if stop else 0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            for conn in self._conns:
                conn.interrupt()

    def watch(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        """Interrupt ``conn``'s running query if the task is cancelled, until the task ends.

        Connections belong to threads, and a thread runs other tasks afterwards: the task
        releases its connections when it ends, so cancelling it later interrupts nothing else."""
        self.check()
        with self._lock:
            self._conns.add(conn)
        conn.set_progress_handler(self._stop_query, PROGRESS_STEP)
        return conn

    @contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """``watch`` for one piece of a task run on another thread."""
        self.watch(conn)
        try:
            yield conn
        finally:
            with self._lock:
                self._conns.discard(conn)
            conn.set_progress_handler(None, 0)

    def read_damaged_text(self) -> bool:
        """The task's connections read text that is not UTF-8 from now on; False if they did."""
        with self._lock:
            conns = list(self._conns)
        return any([read_damaged_text(conn) for conn in conns])

    def release(self) -> None:
        with self._lock:
            conns, self._conns = self._conns, set()
        for conn in conns:
            conn.set_progress_handler(None, 0)

    def check(self) -> None:
        if self.cancelled or self._parts_failed.is_set():
            raise TaskCancelled

    def parallel(self, parts: dict[str, Callable[[], T]]) -> dict[str, T]:
        """Run ``parts`` side by side on the runner's part threads (SQLite releases the GIL while
        it counts) and return their results by key. The first error raises once the other parts
        have stopped: those not started never start, the running ones' queries are stopped.
        Each part should ``check()`` before it starts and use ``watching`` for its connection."""
        if self._parts is None:
            return {key: part() for key, part in parts.items()}
        futures = {key: self._parts.submit(part) for key, part in parts.items()}
        try:
            wait(futures.values(), return_when=FIRST_EXCEPTION)
            failed = next((f for f in futures.values() if f.done() and not f.cancelled()
                           and f.exception() is not None
                           and not isinstance(f.exception(), TaskCancelled)), None)
            if failed is not None:
                self._parts_failed.set()
                for future in futures.values():
                    future.cancel()
                wait(futures.values())
                raise failed.exception()  # type: ignore[misc]
            return {key: future.result() for key, future in futures.items()}
        finally:
            for future in futures.values():
                future.cancel()

    def set_progress(self, value: int) -> None:
        self.check()
        self._progress(value)

    def send_partial(self, value: object) -> None:
        """Deliver a result so far (``on_partial``); the task's result comes later."""
        self.check()
        if self._partial is None:
            return
        try:
            self._partial(value)
        except RuntimeError:  # the window closed while the task ran: nobody is listening
            self.cancel()
            raise TaskCancelled from None


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int)
    partial = Signal(object)
    finished = Signal()


class TaskHandle:
    def __init__(self, channel: str, state: TaskState, signals: _Signals):
        self.channel = channel
        self.state = state
        self.signals = signals

    def cancel(self) -> None:
        self.state.cancel()


class _Task(QRunnable):
    def __init__(self, fn: Callable, args: tuple, state: TaskState, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.state, self.signals = fn, args, state, signals

    def run(self) -> None:
        if self.state.cancelled:  # superseded while it waited in the queue: never start
            self._emit("finished")
            return
        try:
            try:
                result = self.fn(self.state, *self.args)
            except sqlite3.OperationalError as exc:  # text a damaged file holds that is not UTF-8:
                if not (undecodable(exc) and self.state.read_damaged_text()):  # read it with U+FFFD
                    raise
                result = self.fn(self.state, *self.args)
            if not self.state.cancelled:
                self._emit("result", result)
        except TaskCancelled:
            pass
        except sqlite3.OperationalError as exc:
            if not (self.state.cancelled and "interrupt" in str(exc)):
                self._emit("error", _describe(exc))
        except Exception as exc:  # delivered to the GUI thread, shown to the user there
            self._emit("error", _describe(exc))
        finally:
            self.state.release()
            self._emit("finished")

    def _emit(self, name: str, *value: object) -> None:
        try:
            getattr(self.signals, name).emit(*value)
        except RuntimeError:  # the window closed while the task ran: nobody is listening
            self.state.cancel()


def _describe(exc: BaseException) -> tuple[BaseException, str]:
    text = "".join(traceback.format_exception(exc))
    log.error("background task failed:\n%s", text)
    return exc, text


QUERY_TIME_LIMIT = 30.0  # seconds a task's queries may run before they are stopped


class TaskRunner(QObject):
    """Runs tasks on its own thread pool; one live task per channel. Each task's queries stop
    after ``time_limit`` seconds (``submit(..., time_limit=0)``: no limit, for exports)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = 2,
                 time_limit: float = QUERY_TIME_LIMIT):
        super().__init__(parent)
        self.time_limit = time_limit
        # The parts of one task that run side by side (see TaskState.parallel); the runner owns
        # these threads as it owns the pool's, and shutdown() ends both.
        self.parts = ThreadPoolExecutor(max_workers=2, thread_name_prefix="task-part")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.pool.setExpiryTimeout(-1)  # threads stay: each keeps its dataset connection
        self._latest: dict[str, TaskHandle] = {}
        self._alive: set[TaskHandle] = set()  # keeps each task's signals alive until it ends
        self._running = 0

    def submit(self, channel: str, fn: Callable[..., Any], *args: Any,
               on_result: Callable[[Any], None] | None = None,
               on_error: Callable[[tuple[BaseException, str]], None] | None = None,
               on_progress: Callable[[int], None] | None = None,
               on_partial: Callable[[Any], None] | None = None,
               on_finished: Callable[[], None] | None = None,
               time_limit: float | None = None) -> TaskHandle:
        previous = self._latest.get(channel)
        if previous is not None:
            previous.cancel()
        signals = _Signals()
        limit = self.time_limit if time_limit is None else time_limit
        state = TaskState(signals.progress.emit, limit or None, self.parts, signals.partial.emit)
        handle = TaskHandle(channel, state, signals)
        self._latest[channel] = handle

        def deliver(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            # Slots return nothing: PySide mishandles some values returned from slots.
            def slot(value: Any) -> None:
                if self._latest.get(channel) is handle and not state.cancelled:
                    callback(value)
            return slot

        if on_result:
            signals.result.connect(deliver(on_result))
        if on_error:
            signals.error.connect(deliver(on_error))
        if on_progress:
            signals.progress.connect(deliver(on_progress))
        if on_partial:
            signals.partial.connect(deliver(on_partial))
        signals.finished.connect(lambda: self._finished(handle, on_finished))
        self.hold()  # until the task's finished signal
        self._alive.add(handle)
        self.pool.start(_Task(fn, args, state, signals))  # the pool owns and deletes the task
        return handle

    def _finished(self, handle: TaskHandle, on_finished: Callable[[], None] | None) -> None:
        if not shiboken6.isValid(self):  # a task that ended after its window was closed and deleted
            return
        self._alive.discard(handle)
        if self._latest.get(handle.channel) is handle:
            del self._latest[handle.channel]
            if on_finished:
                on_finished()
        self.unhold()

    def hold(self) -> None:
        """Busy from now until ``unhold``, with no task running: work that starts a moment later
        (after a paint) keeps the window busy in between, so nothing reads it as done."""
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)

    def unhold(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)

    def cancel(self, channel: str) -> None:
        handle = self._latest.pop(channel, None)
        if handle is not None:
            handle.cancel()

    def is_busy(self) -> bool:
        return self._running > 0

    def is_busy_with(self, channel: str) -> bool:
        """Whether a task of ``channel`` is queued or running."""
        return channel in self._latest

    def shutdown(self) -> None:
        """Cancel every task and end every thread the runner started."""
        for handle in list(self._latest.values()) + list(self._alive):
            handle.cancel()
        self._latest.clear()
        self.pool.waitForDone(3000)
        self.parts.shutdown(wait=True, cancel_futures=True)
