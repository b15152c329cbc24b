"""The SQLite state: files read (by sha256), records, matches, review decisions, runs.

One database per scoring year, outside ``--out`` so that wiping the outputs loses no
decision. WAL mode; each inbox file's records are written in one transaction with its
``files`` row, so a run killed at any moment leaves either the whole file or nothing, and
the next run reads what is missing. The schema is versioned with ``PRAGMA user_version``.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from extractors.errors import StoreError
from extractors.records import (
    Adjustment,
    Adoption,
    Endorsement,
    Provenance,
    Record,
    RegisterEntry,
    Submission,
)
from pipeline.rebuild import Rebuilder

__all__ = ["Store", "StoredFile", "SCHEMA_VERSION", "record_to_json", "record_from_json", "title_key_of"]

SCHEMA_VERSION = 3  # 2: snapshots, pairs, records.title_key/tokens, records(kind, file_id) index;
# 3: decisions.subject (a match, or the outlet of a file or name)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,          -- path relative to the inbox, as the clerk sees it
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,          -- ok | error
    message     TEXT NOT NULL DEFAULT '',
    records     INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,  -- present in the inbox at the last run
    read_at     TEXT NOT NULL,
    UNIQUE (name, sha256)
);
CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
CREATE TABLE IF NOT EXISTS records (
    id          INTEGER PRIMARY KEY,
    file_id     INTEGER NOT NULL REFERENCES files(id),
    kind        TEXT NOT NULL,          -- submission | adoption | register
    ordinal     INTEGER NOT NULL,       -- order within the file
    data        TEXT NOT NULL,          -- the record as JSON
    features    TEXT,                   -- cached normal form (computed once per record)
    title_key   TEXT,                   -- pipeline.keys.title_key of its title (decision keys)
    tokens      TEXT                    -- cached jieba tokens of its normal form (when first needed)
);
CREATE INDEX IF NOT EXISTS records_file ON records(file_id);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind, file_id);
CREATE TABLE IF NOT EXISTS matches (
    adoption_id   INTEGER PRIMARY KEY REFERENCES records(id),
    status        TEXT NOT NULL,
    submission_id INTEGER,
    score         REAL NOT NULL,
    candidates    TEXT NOT NULL DEFAULT '[]',
    reasons       TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS decisions (
    id              INTEGER PRIMARY KEY,
    adoption_key    TEXT NOT NULL,      -- outlet + normalised published title
    submission_key  TEXT,               -- unit + normalised submitted title, NULL = rejected
    action          TEXT NOT NULL,      -- accept | reject | choose
    who             TEXT NOT NULL,
    at              TEXT NOT NULL,
    undone          INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT 'match'  -- match | outlet (see below)
);
-- subject match: adoption_key → submission_key. subject outlet: adoption_key holds a question
-- key (pipeline.outlets: file:<sha256> or name:<normal form>), submission_key the configured
-- outlet the clerk chose, NULL = not scored
CREATE INDEX IF NOT EXISTS decisions_adoption ON decisions(adoption_key);
-- a whole derived state (e.g. every active submission with its normal form), valid while
-- its fingerprint (the inputs it was built from) holds, rebuilt from records otherwise
CREATE TABLE IF NOT EXISTS snapshots (
    name        TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    data        TEXT NOT NULL
);
-- each adoption's candidate submissions (matchers.match.candidate_pairs), valid while the
-- submission side they were compared with has this fingerprint
CREATE TABLE IF NOT EXISTS pairs (
    adoption_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,  -- never outlives its record
    fingerprint TEXT NOT NULL,
    data        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id        INTEGER PRIMARY KEY,
    started   TEXT NOT NULL,
    finished  TEXT,
    totals    TEXT                      -- {unit: total} after the run
);
"""


@dataclass(frozen=True)
class StoredFile:
    id: int
    name: str
    sha256: str
    kind: str
    status: str
    message: str
    records: int
    active: bool


def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="seconds")


# one encoder for the 20,000 records of a province's year (json.dumps builds one per call)
_RECORD_JSON = json.JSONEncoder(ensure_ascii=False)
_DATE_FIELDS = ("due", "delivered", "date", "asked")
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    # (dataclasses.fields builds its tuple on every call: twice per record, a third of the
    # first run's record_to_json time)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    return names


def record_to_json(rec: Record) -> str:
    # a shallow dict: records hold only scalars, tuples of strings and their Provenance
    # (dataclasses.asdict deep-copies recursively and cost more than the JSON itself)
    d = {name: getattr(rec, name) for name in _field_names(type(rec))}
    src = rec.source
    d["source"] = {name: getattr(src, name) for name in _field_names(type(src))}
    for k in _DATE_FIELDS:
        if isinstance(d.get(k), _dt.date):
            d[k] = d[k].isoformat()
    return _RECORD_JSON.encode(d)


# (the 20,000 records of a province's year are rebuilt on every run: pipeline.rebuild)
_PROVENANCE = Rebuilder(Provenance)
_SUBMISSION = Rebuilder(Submission)
_ADOPTION = Rebuilder(Adoption)


def record_from_json(text: str) -> Record:
    return _record(json.loads(text))


def _record(d: dict[str, Any]) -> Record:
    kind = d.pop("kind")
    d["source"] = _PROVENANCE(d["source"])
    d["warnings"] = tuple(d.get("warnings") or ())
    if kind == "submission":
        return _SUBMISSION(d)
    if kind == "adoption":
        return _ADOPTION(d)
    if kind == "endorsement":
        return Endorsement(**d)
    if kind in ("register", "adjustment"):
        for k in ("due", "delivered", "date", "asked"):
            if d.get(k):
                d[k] = _dt.date.fromisoformat(d[k])
        return RegisterEntry(**d) if kind == "register" else Adjustment(**d)
    raise StoreError(f"状态库中有无法识别的记录类型 {kind!r}")


class Store:
    """A connection to the state database; use as a context manager."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"无法打开状态库 {path}：{e}") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"状态库 {path} 已损坏或不是 infoscore 的状态库：{e}") from None

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"状态库 {self.path} 由更新版本的 infoscore 创建（版本 {version}），请升级 infoscore"
            )
        if version < SCHEMA_VERSION:
            with self.transaction():
                if 1 <= version < 2:  # (records without a title key get one computed when read)
                    self.conn.execute("ALTER TABLE records ADD COLUMN title_key TEXT")
                    self.conn.execute("ALTER TABLE records ADD COLUMN tokens TEXT")
                cols = {r[1] for r in self.conn.execute("PRAGMA table_info(decisions)")}
                if 1 <= version < 3 and "subject" not in cols:
                    self.conn.execute(
                        "ALTER TABLE decisions ADD COLUMN subject TEXT NOT NULL DEFAULT 'match'"
                    )
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (or a kill: WAL)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- files ---------------------------------------------------------------------------

    def find_file(self, name: str, sha256: str) -> StoredFile | None:
        row = self.conn.execute(
            "SELECT * FROM files WHERE name = ? AND sha256 = ?", (name, sha256)
        ).fetchone()
        return _file(row) if row else None

    def add_file(
        self,
        *,
        name: str,
        sha256: str,
        size: int,
        kind: str,
        status: str,
        message: str = "",
        records: Iterable[Record] = (),
        title_keys: Sequence[str] | None = None,
        features: tuple[str, Sequence[str | None]] | None = None,
    ) -> int:
        """Store one file and all its records atomically, replacing an earlier version.

        ``title_keys`` (each record's title_key_of) and ``features`` (a version and each
        record's normal form in its cache form, or None: see ``kept``), when worked out
        already, in the records' order (pipeline.prefetch works them out while reading)."""
        recs = list(records)
        keys = list(title_keys) if title_keys is not None else [title_key_of(r) for r in recs]
        if features is None:
            forms: list[str | None] = [None] * len(recs)
        else:
            version, values = features
            forms = [None if v is None else f"{version}\t{v}" for v in values]
        if len(keys) != len(recs) or len(forms) != len(recs):
            raise ValueError("add_file: title_keys/features do not fit the records")
        with self.transaction() as c:
            # a changed file under the same name replaces its earlier records (kept, inactive)
            c.execute("UPDATE files SET active = 0 WHERE name = ? AND sha256 != ?", (name, sha256))
            c.execute(
                "DELETE FROM records WHERE file_id IN (SELECT id FROM files WHERE name = ? AND sha256 = ?)",
                (name, sha256),
            )
            c.execute("DELETE FROM files WHERE name = ? AND sha256 = ?", (name, sha256))
            cur = c.execute(
                "INSERT INTO files (name, sha256, size, kind, status, message, records, active, read_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
                (name, sha256, size, kind, status, message, len(recs), _now()),
            )
            file_id = int(cur.lastrowid or 0)
            # what was derived from one file's records (file_snapshot) never outlives them: SQLite
            # gives the id of a file deleted above (the highest) to the next file inserted
            c.execute("DELETE FROM snapshots WHERE name LIKE ?", (f"file:{file_id}:%",))
            c.executemany(
                "INSERT INTO records (file_id, kind, ordinal, data, title_key, features) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (file_id, r.kind, i, record_to_json(r), k, v)
                    for i, (r, k, v) in enumerate(zip(recs, keys, forms, strict=True))
                ],
            )
        return file_id

    def set_active(self, present: set[tuple[str, str]]) -> list[StoredFile]:
        """Mark exactly the (name, sha256) pairs present in the inbox active; return withdrawn ones."""
        withdrawn = []
        with self.transaction() as c:
            for row in c.execute("SELECT * FROM files WHERE active = 1").fetchall():
                if (row["name"], row["sha256"]) not in present:
                    withdrawn.append(_file(row))
            c.execute("UPDATE files SET active = 0")
            c.executemany("UPDATE files SET active = 1 WHERE name = ? AND sha256 = ?", sorted(present))
        return withdrawn

    def files(self, *, active_only: bool = True) -> list[StoredFile]:
        q = "SELECT * FROM files" + (" WHERE active = 1" if active_only else "") + " ORDER BY name"
        return [_file(r) for r in self.conn.execute(q)]

    # -- records -------------------------------------------------------------------------

    def records(self, kind: str, file_id: int | None = None) -> list[tuple[int, Record, str, str]]:
        """Active records of one kind: (record id, record, file name, title key), in file and
        row order (``file_id``: of that file alone). The title key (pipeline.keys.title_key)
        is computed once, when stored."""
        q = (
            "SELECT r.id, r.data, f.name, r.title_key FROM records r JOIN files f ON f.id = r.file_id"
            " WHERE f.active = 1 AND f.status = 'ok' AND r.kind = ?"
        )
        args: tuple[object, ...] = (kind,)
        if file_id is not None:
            q, args = q + " AND f.id = ?", (kind, file_id)
        rows = self.conn.execute(q + " ORDER BY f.name, r.ordinal", args).fetchall()
        # one JSON document for all rows: a single parse instead of one call per record
        data = json.loads("[" + ",".join(r[1] for r in rows) + "]")
        out = []
        for r, d in zip(rows, data, strict=True):
            rec = _record(d)
            out.append((int(r[0]), rec, r[2], r[3] if r[3] is not None else title_key_of(rec)))
        return out

    # Per-record caches (normal form, jieba tokens): each value is kept as "version\tvalue",
    # so that one computed under other settings or code is never read back.
    _KEPT_COLUMNS = ("features", "tokens")

    def kept(self, column: str, version: str, ids: Iterable[int] | None = None) -> dict[int, str]:
        """Values of a per-record cache computed under ``version``, by record id (all, or those
        of ``ids``)."""
        assert column in self._KEPT_COLUMNS
        q = f"SELECT id, substr({column}, ?) FROM records WHERE substr({column}, 1, ?) = ?"
        args: list[object] = [len(version) + 2, len(version) + 1, version + "\t"]
        if ids is None:
            return {int(r[0]): str(r[1]) for r in self.conn.execute(q, args)}
        out: dict[int, str] = {}
        id_list = list(ids)
        for i in range(0, len(id_list), 900):  # SQLite's limit on bound parameters
            chunk = id_list[i : i + 900]
            rows = self.conn.execute(f"{q} AND id IN ({','.join('?' * len(chunk))})", [*args, *chunk])
            out.update({int(r[0]): str(r[1]) for r in rows})
        return out

    def keep(self, column: str, version: str, items: dict[int, str]) -> None:
        assert column in self._KEPT_COLUMNS
        if items:
            with self.transaction() as c:
                c.executemany(
                    f"UPDATE records SET {column} = ? WHERE id = ?",
                    [(f"{version}\t{v}", k) for k, v in items.items()],
                )

    def submission_keys(self) -> list[tuple[int, str, str, str, str]]:
        """(file id, file name, sha256, unit, title key) of every active submission, in read
        order: what comparing two tables needs, without loading the records (pipeline.revisions)."""
        rows = self.conn.execute(
            "SELECT f.id, f.name, f.sha256, COALESCE(json_extract(r.data, '$.unit'), ''), r.title_key"
            " FROM records r JOIN files f ON f.id = r.file_id"
            " WHERE f.active = 1 AND f.status = 'ok' AND r.kind = 'submission' ORDER BY f.id, r.ordinal"
        ).fetchall()
        return [(int(r[0]), r[1], r[2], r[3], r[4] or "") for r in rows]

    def record_files(self, kind: str) -> list[int]:
        """Ids of the active files that hold records of ``kind`` (what a snapshot of that kind
        was built from: a file read, replaced or withdrawn changes this list)."""
        rows = self.conn.execute(
            "SELECT DISTINCT r.file_id FROM records r JOIN files f ON f.id = r.file_id"
            " WHERE f.active = 1 AND f.status = 'ok' AND r.kind = ? ORDER BY r.file_id",
            (kind,),
        )
        return [int(r[0]) for r in rows]

    # -- snapshots -----------------------------------------------------------------------

    def snapshot(self, name: str, fingerprint: str) -> str | None:
        """The snapshot ``name`` if it was built from inputs with this fingerprint."""
        row = self.conn.execute(
            "SELECT data FROM snapshots WHERE name = ? AND fingerprint = ?", (name, fingerprint)
        ).fetchone()
        return str(row[0]) if row else None

    def save_snapshot(self, name: str, fingerprint: str, data: str) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO snapshots (name, fingerprint, data) VALUES (?, ?, ?)",
                (name, fingerprint, data),
            )

    @staticmethod
    def file_snapshot(file_id: int, what: str) -> str:
        """The name of a snapshot derived from one file's records alone: dropped whenever a
        file under that id is stored (``add_file``), so it never describes other records."""
        return f"file:{file_id}:{what}"

    def pairs(self, fingerprint: str) -> dict[int, str]:
        """Kept candidate lists (JSON text) by adoption id, where computed under ``fingerprint``."""
        rows = self.conn.execute("SELECT adoption_id, data FROM pairs WHERE fingerprint = ?", (fingerprint,))
        return {int(r[0]): str(r[1]) for r in rows}

    def save_pairs(self, fingerprint: str, items: dict[int, str]) -> None:
        """Add candidate lists; those computed under another fingerprint are dropped."""
        with self.transaction() as c:
            c.execute("DELETE FROM pairs WHERE fingerprint != ?", (fingerprint,))
            c.executemany(
                "INSERT OR REPLACE INTO pairs (adoption_id, fingerprint, data) VALUES (?, ?, ?)",
                [(k, fingerprint, v) for k, v in items.items()],
            )

    # -- matches -------------------------------------------------------------------------

    def replace_matches(self, rows: Iterable[tuple[int, str, int | None, float, str, str]]) -> None:
        """Make the matches table equal ``rows``, writing only what changed (a re-run after a
        small notice changes a few rows out of thousands)."""
        new = {r[0]: tuple(r) for r in rows}
        old = {
            r[0]: tuple(r)
            for r in self.conn.execute(
                "SELECT adoption_id, status, submission_id, score, candidates, reasons FROM matches"
            )
        }
        gone = [(k,) for k in old if k not in new]
        changed = [v for k, v in new.items() if old.get(k) != v]
        if not gone and not changed:
            return
        with self.transaction() as c:
            c.executemany("DELETE FROM matches WHERE adoption_id = ?", gone)
            c.executemany(
                "INSERT OR REPLACE INTO matches (adoption_id, status, submission_id, score, candidates, reasons)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                changed,
            )

    def matches(self) -> list[sqlite3.Row]:
        return list(self.conn.execute("SELECT * FROM matches ORDER BY adoption_id"))

    # -- decisions -----------------------------------------------------------------------

    def add_decision(
        self,
        adoption_key: str,
        submission_key: str | None,
        action: str,
        who: str,
        note: str = "",
        *,
        subject: str = "match",
    ) -> int:
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO decisions (adoption_key, submission_key, action, who, at, note, subject)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (adoption_key, submission_key, action, who, _now(), note, subject),
            )
            return int(cur.lastrowid or 0)

    def decisions(self, subject: str = "match") -> dict[str, sqlite3.Row]:
        """The standing decision per key (the latest not undone): per adoption key for
        matches, per question key for outlets (submission_key holds the outlet)."""
        out: dict[str, sqlite3.Row] = {}
        for r in self.conn.execute(
            "SELECT * FROM decisions WHERE undone = 0 AND subject = ? ORDER BY id", (subject,)
        ):
            out[r["adoption_key"]] = r
        return out

    def outlet_decisions(self) -> dict[str, str | None]:
        """Question key → the outlet the clerk chose (None: 不计分)."""
        return {k: r["submission_key"] for k, r in self.decisions("outlet").items()}

    def can_undo(self) -> bool:
        """Is there a standing decision that ``undo_last`` would take back?"""
        return self.conn.execute("SELECT 1 FROM decisions WHERE undone = 0 LIMIT 1").fetchone() is not None

    def undo_last(self) -> sqlite3.Row | None:
        with self.transaction() as c:
            row = c.execute("SELECT * FROM decisions WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
            if row:
                c.execute("UPDATE decisions SET undone = 1 WHERE id = ?", (row["id"],))
            return row

    # -- runs ----------------------------------------------------------------------------

    def last_totals(self) -> dict[str, float] | None:
        row = self.conn.execute(
            "SELECT totals FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return json.loads(row["totals"]) if row else None

    def start_run(self) -> int:
        with self.transaction() as c:
            return int(c.execute("INSERT INTO runs (started) VALUES (?)", (_now(),)).lastrowid or 0)

    def finish_run(self, run_id: int, totals: dict[str, float]) -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE runs SET finished = ?, totals = ? WHERE id = ?",
                (_now(), json.dumps(totals, ensure_ascii=False), run_id),
            )


def title_key_of(rec: Record) -> str:
    """The key of what a record is about (pipeline.keys.title_key): its title, a register
    entry's task, an adjustment's matter."""
    from pipeline.keys import title_key

    if isinstance(rec, RegisterEntry | Adjustment):
        return title_key(rec.task if isinstance(rec, RegisterEntry) else rec.matter)
    return title_key(rec.title)


def _file(row: sqlite3.Row) -> StoredFile:
    return StoredFile(
        id=int(row["id"]),
        name=row["name"],
        sha256=row["sha256"],
        kind=row["kind"],
        status=row["status"],
        message=row["message"],
        records=int(row["records"]),
        active=bool(row["active"]),
    )
