"""Files: written so that a reader never sees half of one (aside first, then renamed into place), and hashed
as the version of the code and data they are."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_synced(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and wait until it is on disk, so a rename after it is safe."""
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def sync(path: Path) -> None:
    """Wait until a file another writer produced is on disk."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def write_atomic(path: Path, data: bytes, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same directory, synced to disk first
    unless not ``durable`` (a cache entry: one a crash truncates is read as missing and made again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    os.close(handle)
    try:
        if durable:
            write_synced(Path(temporary), data)
        else:
            Path(temporary).write_bytes(data)
        os.chmod(temporary, 0o666 & ~_umask())  # as an ordinary new file would be, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def files_digest(root: Path, patterns: Iterable[str]) -> str:
    """A short hash of the names and bytes of the files under ``root`` matching ``patterns``: the version of
    whatever code and data they are."""
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
