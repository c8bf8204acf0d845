"""An import, a rename or a removal from start to end, as the app and the command line make
them: the store changes, the combined dataset is rebuilt, and if the rebuild fails or is
cancelled the store is put back as it was, so nothing half-done is left on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bri_desktop import paths
from bri_desktop.db.connection import open_readonly
from bri_desktop.importers.combine import Progress, build, dataset_file
from bri_desktop.importers.common import Base
from bri_desktop.importers.store import Change, CollectionStore, StoredCollection


def collection_store() -> CollectionStore:
    return CollectionStore(paths.collections_dir())


def read_base(base: Path) -> Base:
    conn = open_readonly(base)
    try:
        return Base.read(conn)
    finally:
        conn.close()


def current_file(base: Path, progress: Progress | None = None) -> Path:
    """The dataset file to open on ``base``: the combined one when collections are stored."""
    return dataset_file(base, collection_store(), paths.combined_db(), progress)


def apply(change: Callable[[CollectionStore], Change], base: Path, progress: Progress | None = None,
          cancelled: Callable[[], bool] = lambda: False) -> tuple[StoredCollection, Path]:
    """Make ``change`` and rebuild the combined dataset; return the collection changed and the
    file to open now. Any failure (or Cancel) undoes the change before it is raised."""
    store = collection_store()
    done = change(store)
    try:
        path = rebuild(base, store, progress, cancelled)
    except BaseException:
        done.rollback()
        raise
    done.commit()
    return done.collection, path


def rebuild(base: Path, store: CollectionStore, progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> Path:
    from bri_desktop.importers.read import ImportCancelled

    if cancelled():
        raise ImportCancelled
    if not store.collections():  # the combined file is left for a window still reading it
        return base
    build(base, store, paths.combined_db(), progress, cancelled)
    return paths.combined_db()
