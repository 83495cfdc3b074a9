"""The lake: the raw zone and the stages' durable outputs, behind one URL.

Layout under the lake URL (``file://`` locally, ``s3://`` or any fsspec URL
in a cluster):

    raw/objects/ab/abcdef…       every fetched payload, content-addressed, immutable
    runs/<interval>/<stage>/<batch>.json[l]   what each stage wrote for a batch

Stage outputs are named by interval and batch, not by attempt, so a retried
or cleared task overwrites its own output with the same content instead of
adding a second copy.

Which storage is only configuration: ``NEWSWIRE_LAKE_URL`` picks the fsspec
filesystem by its scheme (``file://``, ``memory://``, ``s3://`` through s3fs;
others once their fsspec package is installed), and that filesystem's own
settings supply credentials and endpoints (for s3: ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_ENDPOINT_URL`` for MinIO or another
S3-compatible store; or fsspec's ``FSSPEC_S3_<OPTION>`` variables). Nothing
here knows which one it is given.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import fsspec
import msgspec

from newswire import config

# Stage outputs are JSON (UTF-8, keys sorted, so equal content is equal bytes).
# msgspec reads and writes it several times faster than the json module: the
# load stage spends a good share of its own time decoding the extract output.
_encode = msgspec.json.Encoder(order="sorted").encode
_decode = msgspec.json.Decoder().decode


class Lake:
    def __init__(self, url: str | None = None):
        self.url = (url or config.lake_url()).rstrip("/")
        self.fs, self.root = fsspec.core.url_to_fs(self.url)
        protocols = (self.fs.protocol,) if isinstance(self.fs.protocol, str) else tuple(self.fs.protocol)
        self.local = "file" in protocols or "local" in protocols
        self._parents_made: set[str] = set()

    def _path(self, key: str) -> str:
        return f"{self.root}/{key}"

    # -- raw zone ---------------------------------------------------------
    @staticmethod
    def raw_key(payload: bytes) -> str:
        return hashlib.sha256(payload).hexdigest()

    def _raw_path(self, key: str) -> str:
        return self._path(f"raw/objects/{key[:2]}/{key}")

    def put_raw(self, payload: bytes) -> str:
        """Store a payload once; returns its content address."""
        key = self.raw_key(payload)
        path = self._raw_path(key)
        if not self.fs.exists(path):
            self._write_atomic(path, payload)
        return key

    def get_raw(self, key: str) -> bytes:
        with self.fs.open(self._raw_path(key), "rb") as fh:
            return fh.read()

    # -- stage outputs ----------------------------------------------------
    def write_json(self, key: str, obj: Any) -> str:
        self._write_atomic(self._path(key), _encode(obj))
        return key

    def read_json(self, key: str) -> Any:
        with self.fs.open(self._path(key), "rb") as fh:
            return _decode(fh.read())

    def write_jsonl(self, key: str, rows: Iterable[dict]) -> str:
        self._write_atomic(self._path(key), b"".join(_encode(r) + b"\n" for r in rows))
        return key

    def read_jsonl(self, key: str) -> Iterator[dict]:
        with self.fs.open(self._path(key), "rb") as fh:
            for line in fh:
                if line.strip():
                    yield _decode(line)

    def exists(self, key: str) -> bool:
        return self.fs.exists(self._path(key))

    def _write_atomic(self, path: str, data: bytes) -> None:
        # Local files: write then rename, so a task killed mid-write never
        # leaves a half object that a retry would trust. Object stores write
        # whole objects anyway (a PUT either lands or not).
        parent = path.rsplit("/", 1)[0]
        if parent not in self._parents_made:
            # Once per folder and Lake: on s3 this checks (or creates) the
            # bucket, a request not worth repeating for every payload.
            self.fs.makedirs(parent, exist_ok=True)
            self._parents_made.add(parent)
        if self.local:
            tmp = f"{path}.tmp-{hashlib.sha1(data).hexdigest()[:8]}"
            with self.fs.open(tmp, "wb") as fh:
                fh.write(data)
            self.fs.mv(tmp, path)
        else:
            with self.fs.open(path, "wb") as fh:
                fh.write(data)
