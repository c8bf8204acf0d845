"""The one helper for work off the GUI thread: it owns and ends every thread it starts, stops
the other parts of a task after one fails, and the counts cache holds under many writers."""

from __future__ import annotations

import threading
import time

from bri_desktop.db.cache import CountCache
from bri_desktop.ui.workers import TaskCancelled, TaskRunner


def test_shutdown_leaves_no_thread_behind(qtbot):
    runner = TaskRunner()
    done = []
    runner.submit("a", lambda state: state.parallel({"x": lambda: 1, "y": lambda: 2}),
                  on_result=done.append)
    runner.submit("b", lambda state: time.sleep(0.2))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    runner.shutdown()
    assert runner.pool.activeThreadCount() == 0
    assert not [t for t in threading.enumerate() if t.name.startswith("task-part")]


def test_the_first_failing_part_stops_the_others(qtbot):
    runner = TaskRunner()
    errors, finished = [], []

    def slow_part(state):
        for _ in range(200):  # checks in, as a part between queries does
            state.check()
            time.sleep(0.01)
        finished.append("slow part ran to the end")

    def task(state):
        return state.parallel({"slow": lambda: slow_part(state), "bad": lambda: 1 / 0,
                               "later": lambda: slow_part(state)})

    start = time.monotonic()
    runner.submit("t", task, on_error=lambda info: errors.append(info[0]))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert time.monotonic() - start < 1.0  # not the 2 s the slow parts would take
    assert finished == []
    runner.shutdown()


def test_watching_a_cancelled_task_raises_at_once(qtbot, window):
    from bri_desktop.ui.workers import TaskState

    state = TaskState(lambda _v: None)
    state.cancel()
    try:
        state.watch(window.dataset.__class__.connection.__get__(window.dataset)())
    except TaskCancelled:
        pass
    else:
        raise AssertionError("watch() on a cancelled task did not raise")


def test_the_counts_cache_under_concurrent_writers():
    cache = CountCache(limit=500)
    errors = []

    def writer(n: int) -> None:
        try:
            for i in range(3000):
                key = (n, i % 700)
                cache.put(key, i)
                cache.get((n - 1, i % 700))
                cache.get_or_make((n, "made", i % 50), lambda i=i: i)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(cache) <= 500


def test_a_worker_thread_keeps_its_connection_from_task_to_task(qtbot, window):
    """Each task used to open, check and warm a connection of its own (a Qt pool thread gets a new
    Python thread state per task, so a thread-local connection lasted one task): the worker
    thread's second task reads through the connection its first one opened."""
    runner = TaskRunner(threads=1)
    seen = []
    for n in range(3):
        runner.submit(f"c{n}", lambda state: (threading.get_ident(), window.dataset.connection()),
                      on_result=seen.append)
        qtbot.waitUntil(lambda n=n: len(seen) > n, timeout=5000)
    runner.shutdown()
    assert len({ident for ident, _conn in seen}) == 1  # one thread ran them all
    assert len({id(conn) for _ident, conn in seen}) == 1


def test_a_task_ending_after_its_window_is_deleted_raises_nothing(qtbot):
    """A window closed (and deleted) while a task still runs: the task's end, delivered later,
    finds no runner and is dropped ("Signal source has been deleted" was raised into whatever
    test or window came next)."""
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    runner = TaskRunner(owner)
    release = threading.Event()
    runner.submit("slow", lambda state: release.wait(5))
    shiboken6.delete(owner)  # the runner goes with its window
    release.set()
    time.sleep(0.1)
    qtbot.wait(50)  # the task's finished signal arrives now
    assert not shiboken6.isValid(runner)
