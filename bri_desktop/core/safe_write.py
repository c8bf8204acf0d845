"""Write a file where the user meant it, whole or not at all.

- A regular file is written to a new temporary file in the same folder (created exclusively,
  under a random name, so nothing planted there is followed), given the mode the old file had
  (or the user's default for a new file), and renamed over the target.
- A symbolic link is followed: the file it points to is replaced, the link stays a link.
- A file with other hard links is written in place once the new contents are complete, so
  every name for it sees them.
- A FIFO or a character device (/dev/stdout, a pipe made with mkfifo) is written straight
  through; a folder, a socket or a block device is refused with a message.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bri_desktop.core.i18n import translate


class UnsafeTarget(OSError):
    """The target cannot be written safely; the message says why."""


def _kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "new"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "stream"
    return "other"


def _exclusive(folder: Path, name: str) -> tuple[Path, int]:
    """A new file in ``folder`` that did not exist before (O_EXCL, random name), mode 0666 less
    the user's umask, as any new file of theirs."""
    for _ in range(20):
        candidate = folder / f".{name}.{secrets.token_hex(6)}.part"
        try:
            return candidate, os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
    raise UnsafeTarget(translate("safe_write", "no temporary file could be made in {folder}").format(folder=folder))


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write the whole new contents to; on success they take the
    target's place as described above; on any error the target is left as it was."""
    target = Path(target)
    real = Path(os.path.realpath(target))  # follow links to the file the user means
    kind = _kind(real)
    if kind == "folder":
        raise UnsafeTarget(translate("safe_write", "{target} is a folder").format(target=target))
    if kind == "other":
        raise UnsafeTarget(translate("safe_write", "{target} is not a file (a socket or a device)").format(
            target=target))
    if not real.parent.is_dir():
        raise UnsafeTarget(translate("safe_write", "the folder {folder} does not exist").format(folder=real.parent))
    folder = real.parent if kind in ("new", "file") else Path(tempfile.gettempdir())
    tmp, fd = _exclusive(folder, real.name)
    os.close(fd)
    try:
        yield tmp
        if kind == "stream":
            _copy_into(tmp, real)
        elif kind == "file" and real.stat().st_nlink > 1:
            _copy_into(tmp, real)  # keep the inode: every hard link sees the new contents
        else:
            if kind == "file":
                os.chmod(tmp, stat.S_IMODE(real.stat().st_mode))
            os.replace(tmp, real)
    finally:
        if tmp.exists():
            tmp.unlink()


def _copy_into(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
