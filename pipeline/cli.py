"""The infoscore command line (DESIGN §4). The only place that prints.

Heavy libraries are imported inside the commands so that ``infoscore --help`` answers at
once. Expected failures (InfoscoreError) become one line on stderr and an exit code.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from extractors.errors import InfoscoreError

DEFAULT_DB = Path(".infoscore") / "state.db"

# click's own words (help frames) in the clerk's language (issue 16); click looks its
# gettext-wrapped strings up at call time, module by module
_CLICK_WORDS = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "default: {default}": "默认：{default}",
    "Aborted!": "已取消",
    "Missing command.": "缺少命令。",
}


def _click_in_chinese() -> None:
    import click.core
    import click.decorators
    import click.formatting

    def zh(message: str) -> str:
        return _CLICK_WORDS.get(message, message)

    for module in (click.core, click.decorators, click.formatting):
        module._ = zh  # type: ignore[attr-defined]


_click_in_chinese()

_db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=lambda: os.environ.get("INFOSCORE_DB", str(DEFAULT_DB)),
    show_default=".infoscore/state.db（当前文件夹下）",
    help="状态库（已读文件、记录、匹配、复核决定）。放在输出文件夹之外，删除输出不会丢失复核决定。",
)
_inbox_option = click.option(
    "--inbox",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="收件箱文件夹（只读，不会被修改）。",
)
_out_option = click.option(
    "--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="输出文件夹。"
)
_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table：给人看的文字；jsonl：每行一个 JSON 对象，供其他程序读取。",
)
_config_option = click.option(
    "--config",
    "config_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="配置文件夹（含 scoring.yaml 与 outlets.yaml），默认为程序自带的 config/。",
)


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def _settings(config_dir: Path | None) -> Any:
    from pipeline.config import load_settings

    return load_settings(config_dir)


def _store(db: Path) -> Any:
    from pipeline.store import Store

    return Store(db)


def _outlet_words(written: str | None, evidence: str | None, res: Any) -> str:
    """How an adoption's outlet was settled, in a clerk's words."""
    from pipeline.outlets import LEVEL_WORDS

    said = f"“{written}”（依据：{evidence or '—'}）" if written else "未写明"
    if res.unscored:
        return f"{said} → {res.outlet or ''}，不计分：{res.unscored}"
    if res.settled:
        return f"{said} → {res.outlet}（{LEVEL_WORDS.get(res.level or '', '')}，{res.how}）"
    hint = "；".join(f"{s.outlet}：{s.why}" for s in res.suggestions) or "无"
    return f"{said} → 载体待定（运行后用 infoscore review outlets 指明；参考：{hint}）"


def _fmt(x: float) -> str:
    from pipeline.export.atomic import fmt_points  # (one way to write points: 4, 2.5)

    return fmt_points(x)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="infoscore")
def cli() -> None:
    """infoscore：政务信息报送与录用得分统计（附件2）。

    \b
    把各单位的报送表和录用通知放进一个收件箱文件夹，然后：
      infoscore run --inbox 收件箱 --out 输出
    """


@cli.command()
@_inbox_option
@_out_option
@_config_option
@_db_option
@click.option("--quiet", "-q", is_flag=True, help="不显示进度。")
def run(inbox: Path, out: Path, config_dir: Path | None, db: Path, quiet: bool) -> None:
    """读取收件箱、匹配、计分并写出得分表。

    \b
    例：infoscore run --inbox samples/inbox --out out --db .infoscore/state.db
    只读取新增或变化的文件；以前的复核决定继续有效；从第二次运行起写出 changes.csv。
    """
    from pipeline.lock import RunLock
    from pipeline.run import run as do_run

    settings = _settings(config_dir)
    interactive = sys.stderr.isatty() and not quiet
    with RunLock(db, on_wait=_err), _store(db) as store:
        if interactive:
            from rich.progress import Progress

            from pipeline.inbox import scan

            with Progress(transient=True) as bar:
                # N of M (issue 16): the files the run goes through, a listing on a terminal only
                task = bar.add_task("读取文件", total=len(scan(inbox)) or None)
                with _ocr_pages(lambda said: bar.update(task, description=said)):
                    result = do_run(
                        inbox=inbox,
                        out=out,
                        store=store,
                        settings=settings,
                        warn=bar.console.print,
                        progress=lambda name: bar.update(task, advance=1, description=f"读取 {name}"),
                        stage=lambda said: bar.update(task, description=f"正在{said}"),
                    )
        else:
            with _ocr_pages((lambda said: None) if quiet else _err):
                result = do_run(
                    inbox=inbox,
                    out=out,
                    store=store,
                    settings=settings,
                    warn=_err,
                    progress=(lambda name: None) if quiet else (lambda name: _err(f"读取 {name}")),
                )
    rows = result.file_rows
    read = sum(r.status == "ok" for r in rows)
    skipped = sum(r.status == "skipped" for r in rows)
    errors = sum(r.status == "error" for r in rows)
    statuses: dict[str, int] = {}
    for m in result.computed.match_rows:
        statuses[m.status] = statuses.get(m.status, 0) + 1
    click.echo(f"文件：新读 {read}，已读跳过 {skipped}，出错 {errors}")
    click.echo(
        "录用与批示：自动匹配 {auto}，待复核 {review}，已确认 {confirmed}，已否决 {rejected}，未匹配 {unmatched}，载体待定 {outlet}".format(
            **{
                k: statuses.get(k, 0)
                for k in ("auto", "review", "confirmed", "rejected", "unmatched", "outlet")
            }
        )
    )
    if result.computed.questions:
        click.echo(
            f"注意：有 {len(result.computed.questions)} 份清单或载体名称待定，下列得分为暂定。"
            "用 infoscore review outlets 查看，infoscore review outlet 问题编号 载体名称 指明后重新运行。"
        )
    open_tables = [t for t in result.computed.tables if t.answer is None]
    if open_tables:
        click.echo(
            f"注意：有 {len(open_tables)} 份报送表与同一单位之前的表大部分相同，暂按“替换原表”计，下列得分为暂定。"
            "用 infoscore review tables 查看，infoscore review table 问题编号 替换（或 补充）回答。"
        )
    for s in result.computed.result.summary:
        click.echo(f"  {s.unit}\t合计 {_fmt(s.total)}")
    for line in result.change_lines:
        click.echo("变化：" + line)
    click.echo(f"输出：{out}")


_KIND_WORDS = {
    "submission": "报送",
    "adoption": "录用",
    "endorsement": "批示",
    "register": "约稿",
    "adjustment": "加减分",
}


def _record_view(rec: Any, resolver: Any, normalizer: Any) -> tuple[dict[str, Any], list[str]]:
    """One record as extract shows it: its JSON object (DESIGN §4, §4a) and its lines in words."""
    from extractors.records import Adjustment, Adoption, Endorsement
    from pipeline.outlets import LEVEL_WORDS

    outlet_line = ""
    if isinstance(rec, Adoption):
        res = resolver.resolve(rec.outlet)
        written = rec.outlet
        if res.settled:
            rec = replace(rec, outlet=res.outlet or rec.outlet, carrier=res.carrier, level=res.level)
        outlet_line = _outlet_words(written, rec.outlet_evidence, res)
    title = getattr(rec, "title", None) or getattr(rec, "task", None) or getattr(rec, "matter", None)
    obj: dict[str, Any] = {
        "kind": rec.kind,
        "title": title,
        "unit": getattr(rec, "unit", None) or getattr(rec, "unit_hint", None),
        "month": getattr(rec, "month", None),
        "type": getattr(rec, "type", None),
        "carrier": getattr(rec, "carrier", None),
        "outlet": getattr(rec, "outlet", None),
        "level": getattr(rec, "level", None),
        "source": rec.source.as_json(),
    }
    lines = [f"{_KIND_WORDS.get(rec.kind, rec.kind)}\t{title}\t（{rec.source.label()}）"]
    if title:
        lines.append(f"    规范化：{normalizer(title).text}")
    if obj["unit"]:
        lines.append(f"    单位：{obj['unit']}")
    if outlet_line:
        lines.append(f"    载体：{outlet_line}")
    if isinstance(rec, Adoption):
        obj.update(outlet_evidence=rec.outlet_evidence, date=rec.date)
    if isinstance(rec, Endorsement):
        obj.update(leader=rec.leader, leader_level=rec.leader_level, leader_role=rec.leader_role)
        role = "主要领导" if rec.leader_role == "principal" else "其他领导"
        lines.append(
            f"    批示：{rec.leader}（{LEVEL_WORDS.get(rec.leader_level or '', '层级未写明')}，{role}）"
        )
    if isinstance(rec, Adjustment):  # DESIGN §4a: with its points or its category
        date = rec.date.isoformat() if rec.date else None
        obj.update(points=rec.points, category=rec.category, basis=rec.basis, date=date)
        worth = f"{rec.points:+g} 分" if rec.points is not None else (rec.category or "未写分值")
        lines.append(f"    分值或类别：{worth}" + (f"；依据：{rec.basis}" if rec.basis else ""))
    when = obj.get("date") or (f"{obj['month']}月" if obj["month"] else "")
    if when or obj["type"]:
        lines.append(f"    月份/类别：{when or '—'} {obj['type'] or ''}")
    return obj, lines


@contextmanager
def _ocr_pages(say: Callable[[str], None]) -> Iterator[None]:
    """Scans are the slow path (2–5 s a page, issue 19): each page read by OCR is said as it
    starts (识别第3/12页), on the progress bar or as a line."""
    import logging

    class _Say(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(record.getMessage())

    logger, handler = logging.getLogger("extractors.ocr"), _Say(logging.INFO)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _extractions(files: Sequence[Path], ctx: Any) -> Iterator[tuple[str, Any, str]]:
    """(name, extraction, error) per file, and per file inside a mail or archive (named
    as the run names it: 邮件 通知.eml › 附件 x.docx)."""
    from dataclasses import replace as _replace

    from extractors import extract as do_extract
    from extractors.containers import as_file, container_kind, members
    from extractors.errors import ExtractError

    for path in files:
        try:
            with path.open("rb") as fh:
                kind = container_kind(path, fh.read(8192))
            if kind is None:
                yield path.name, do_extract(path, context=ctx), ""
                continue
            for m in members(path, path.name, kind=kind):
                if m.kind:
                    continue  # (a nested mail or archive: its files follow)
                if m.error:
                    yield m.label, None, m.error
                    continue
                with as_file(m) as p:
                    got = do_extract(p, context=ctx)
                got.records = [_replace(r, source=_replace(r.source, file=m.label)) for r in got.records]
                yield m.label, got, ""
        except (ExtractError, OSError) as e:
            yield path.name, None, str(e)


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@_format_option
@_config_option
def extract(files: tuple[Path, ...], fmt: str, config_dir: Path | None) -> None:
    """显示从文件中读出的记录及其出处，供核对。

    \b
    例：infoscore extract 越城区2019年信息报送表.docx --format jsonl
    """
    from matchers.normalize import Normalizer
    from pipeline.outlets import OutletResolver
    from pipeline.run import canonical, extract_context

    settings = _settings(config_dir)
    ctx = extract_context(settings)
    resolver = OutletResolver(settings)
    normalizer = Normalizer(settings.match_settings())
    failed = 0
    for name, extraction, error in _extractions(files, ctx):
        if error:
            _err(f"{name}：{error}")
            failed += 1
            continue
        for w in extraction.warnings:
            _err(f"{name}：{w}")
        if extraction.kind == "unknown" and not extraction.records:
            _err(f"{name}：未识别为报送表、录用清单、录用通知、约稿登记表或加减分登记表，没有读出记录")
        for rec in extraction.records:
            obj, lines = _record_view(canonical(rec, settings), resolver, normalizer)
            click.echo(json.dumps(obj, ensure_ascii=False) if fmt == "jsonl" else "\n".join(lines))
    if failed:
        sys.exit(1)


def _pending_of(computed: Any, unit: str) -> list[tuple[str, str, str, float]]:
    """What of ``unit`` waits for the clerk, for explain: reviews with the points at stake, and
    adoptions whose outlet is not settled (their points unknown until it is)."""
    from pipeline.review import queue

    out = [
        ("待复核", it.match.published_title, it.match.submission_title, it.points_at_stake)
        for it in queue(computed)
        if it.match.submission_unit == unit
    ]
    out += [
        ("载体待定", m.published_title, m.submission_title, 0.0)
        for m in computed.match_rows
        if m.status == "outlet" and m.submission_unit == unit
    ]
    return out


def _waiting_by_item(computed: Any) -> dict[int, str]:
    """Per submission, what about it waits for the clerk (a review, an outlet question)."""
    out: dict[int, str] = {}
    for m in computed.match_rows:
        if m.submission_id is not None and m.status in ("review", "outlet"):
            what = "待复核" if m.status == "review" else "载体待定"
            out[m.submission_id] = f"这条的录用《{m.published_title}》{what}"
    return out


def _waiting_by_unit(computed: Any) -> dict[str, str]:
    """Per unit, what still waits for the clerk and may explain a difference (issue 16):
    review items with the points at stake, and adoptions whose outlet is not settled."""
    from pipeline.review import queue

    subs = dict(computed.submissions)
    count: dict[str, int] = {}
    stake: dict[str, float] = {}
    pending: dict[str, int] = {}
    for it in queue(computed):
        s = subs.get(it.match.submission_id)
        if s is not None and s.unit:
            count[s.unit] = count.get(s.unit, 0) + 1
            stake[s.unit] = stake.get(s.unit, 0.0) + it.points_at_stake
    for m in computed.match_rows:
        if m.status == "outlet" and m.submission_unit:
            pending[m.submission_unit] = pending.get(m.submission_unit, 0) + 1
    out = {}
    for unit in set(count) | set(pending):
        parts = []
        if unit in count:
            parts.append(f"待复核 {count[unit]} 条，涉及 {_fmt(stake[unit])} 分")
        if unit in pending:
            parts.append(f"载体待定 {pending[unit]} 条")
        out[unit] = "；".join(parts)
    return out


@cli.command()
@click.argument("unit")
@_config_option
@_db_option
def explain(unit: str, config_dir: Path | None, db: Path) -> None:
    """列出一个单位的每一分及其依据（规则、载体、文件与行号），合计等于总分。

    \b
    例：infoscore explain 柯桥区 --db .infoscore/state.db
    """
    from pipeline.explain import explain_lines
    from pipeline.run import recompute

    settings = _settings(config_dir)
    name = settings.canonical_unit(unit)
    if name is None:
        raise click.UsageError(
            f"未知单位：{unit}（可用：{'、'.join(u.name for u in settings.scoring.units)}）"
        )
    with _store(db) as store:
        computed = recompute(store, settings)
    for line in explain_lines(computed.result, name, settings.scoring.labels, _pending_of(computed, name)):
        click.echo(line)


@cli.command()
@click.argument("reference_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="写出 compare.csv 的文件夹。",
)
@_config_option
@_db_option
def compare(reference_file: Path, out: Path, config_dir: Path | None, db: Path) -> None:
    """把手工得分表（附件2 格式，Word/Excel/文本）与本次计算结果对照，写出 compare.csv。

    \b
    例：infoscore compare 附件2_2019年政务信息录用得分统计表.docx --out out
    """
    from pipeline.compare import compare_cells, compare_reference, write_compare
    from pipeline.reference import parse_reference
    from pipeline.run import recompute

    settings = _settings(config_dir)
    reference = parse_reference(reference_file)
    with _store(db) as store:
        computed = recompute(store, settings)
    rows, notes = compare_reference(reference, computed.result, settings=settings)
    cells = compare_cells(reference, computed.result, settings=settings, waiting=_waiting_by_item(computed))
    paths = write_compare(out, rows, cells)
    waiting = _waiting_by_unit(computed)
    for r in rows:
        mark = "" if r.delta == 0 else "  ← 不一致"
        if r.delta and r.unit in waiting:
            mark += f"（{waiting[r.unit]}，复核后再比）"
        click.echo(f"{r.unit}\t手工 {_fmt(r.stated)}\t计算 {_fmt(r.computed)}\t差 {_fmt(r.delta)}{mark}")
        if r.delta:  # the cells behind it (all of them in compare_rows.csv)
            mine = [d for d in cells if d.unit == r.unit]
            for d in mine[:5]:
                where = f"序号 {d.seq}" if d.seq is not None else "—"
                title = f"《{d.title}》" if d.title else ""
                click.echo(
                    f"    {where} {title} {d.cell}：手工 {_fmt(d.stated)}，计算 {_fmt(d.computed)}（{d.why}）"
                )
            if len(mine) > 5:
                click.echo(f"    ……另有 {len(mine) - 5} 处，见 compare_rows.csv")
    for n in notes:
        click.echo(n)
    click.echo("已写出 " + "、".join(str(p) for p in paths))


@cli.command()
@_inbox_option
@_out_option
@_config_option
@_db_option
@click.option("--debounce", type=float, default=2.0, show_default=True, help="最后一个文件变化后等待的秒数。")
def watch(inbox: Path, out: Path, config_dir: Path | None, db: Path, debounce: float) -> None:
    """监视收件箱：有新文件放入（并复制完成）后自动重新运行，按 Ctrl-C 停止。

    \b
    例：infoscore watch --inbox 收件箱 --out 输出
    """
    import datetime as dt

    from pipeline.lock import RunLock
    from pipeline.run import run as do_run
    from pipeline.watch import Watcher

    settings = _settings(config_dir)

    def once() -> None:
        started = dt.datetime.now().strftime("%H:%M:%S")
        try:
            with RunLock(db, on_wait=_err), _store(db) as store:
                result = do_run(inbox=inbox, out=out, store=store, settings=settings, warn=_err)
        except InfoscoreError as e:
            _err(f"[{started}] 运行失败：{e}")
            return
        new = sum(r.status == "ok" for r in result.file_rows)
        review = sum(m.status == "review" for m in result.computed.match_rows)
        changed = "；".join(result.change_lines) or "各单位得分无变化"
        _err(f"[{started}] 运行完成：新读 {new} 个文件，待复核 {review} 条；{changed}")

    _err(f"正在监视 {inbox}（按 Ctrl-C 停止）")
    once()
    watcher = Watcher(inbox, once, debounce=debounce)
    try:
        watcher.serve_forever()
    except KeyboardInterrupt:
        watcher.stop()
        _err("已停止监视")


@cli.group("config")
def config_group() -> None:
    """检查配置（计分规则与载体名称）。"""


@config_group.command("check")
@_config_option
def config_check(config_dir: Path | None) -> None:
    """用中文句子列出程序理解的计分规则，供与考核细则逐条核对；配置有错时指出文件和项目，退出码 2。

    \b
    例：infoscore config check --config config
    """
    from pipeline.rules_text import rules_in_words

    for line in rules_in_words(_settings(config_dir)):
        click.echo(line)


@cli.group()
def review() -> None:
    """复核拿不准的匹配：列出、决定、从 Excel 导入、撤销。

    \b
    例：infoscore review list
        infoscore review decide 215 accept
    """


@review.command("list")
@_format_option
@_config_option
@_db_option
def review_list(fmt: str, config_dir: Path | None, db: Path) -> None:
    """列出待复核的录用及其候选报送信息（最佳在前）。

    \b
    例：infoscore review list --format jsonl --db .infoscore/state.db
    """
    from pipeline.review import queue
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with _store(db) as store:
        computed = recompute(store, settings)
    items = queue(computed)
    for it in items:
        m = it.match
        if fmt == "jsonl":
            click.echo(
                json.dumps(
                    {
                        "adoption_id": m.adoption_id,
                        "published_title": m.published_title,
                        "source_file": m.source_file,
                        "carrier": m.carrier,
                        "outlet": m.outlet,
                        "unit_hint": m.unit_hint or None,
                        "score": m.score,
                        "candidates": [
                            {"submission_id": sid, "unit": u, "title": t, "score": sc}
                            for sid, u, t, sc in m.candidates
                        ],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            click.echo(
                f"[{m.adoption_id}] 《{m.published_title}》 {m.outlet}（{m.location}） 分值 {_fmt(it.points_at_stake)}"
            )
            for sid, u, t, sc in m.candidates:
                click.echo(f"    {sid}\t{u}\t{t}\t相似度 {sc:g}")
            if m.reasons:
                click.echo("    说明：" + "；".join(m.reasons))
    if fmt == "table":
        _err(f"待复核 {len(items)} 条。决定：infoscore review decide 录用编号 accept|reject|报送编号")


@review.command("decide")
@click.argument("adoption_id", type=int)
@click.argument("action")
@_config_option
@_db_option
def review_decide(adoption_id: int, action: str, config_dir: Path | None, db: Path) -> None:
    """对一条录用作出决定：accept（确认建议的报送信息）、reject（不计分）或指定报送编号。

    \b
    例：infoscore review decide 215 accept
        infoscore review decide 215 16
    """
    from pipeline.review import decide
    from pipeline.run import recompute

    settings = _settings(config_dir)
    # (确认/否决 as the clerk says them; a number is the submission it names)
    act = {"确认": "accept", "否决": "reject"}.get(action.strip(), action.strip())
    with _store(db) as store:
        computed = recompute(store, settings)
        click.echo(decide(store, computed, adoption_id, act))
    _err("重新运行 infoscore run 以更新得分表。")


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_config_option
@_db_option
def review_import(file: Path, config_dir: Path | None, db: Path) -> None:
    """导入在 scores.xlsx“待复核”表中填好的决定（确认 / 否决 / 改为序号N）。

    \b
    例：infoscore review import out/scores.xlsx
    """
    from pipeline.review import import_sheet
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with _store(db) as store:
        computed = recompute(store, settings)
        applied, failed = import_sheet(store, computed, file)
    for line in applied:
        click.echo(line)
    for line in failed:
        _err("未能应用：" + line)
    click.echo(f"已应用 {len(applied)} 条，未能应用 {len(failed)} 条。")


@review.command("outlets")
@_format_option
@_config_option
@_db_option
def review_outlets(fmt: str, config_dir: Path | None, db: Path) -> None:
    """列出载体待定的录用清单或载体名称（这些录用暂不计分）。

    \b
    例：infoscore review outlets --db .infoscore/state.db
    """
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with _store(db) as store:
        computed = recompute(store, settings)
    for q in computed.questions:
        titles = [computed.adoptions[i].title for i in q.adoption_ids]
        if fmt == "jsonl":
            obj = {
                "question_id": q.question_id,
                "file": q.file,
                "outlet_as_written": q.outlet_as_written or None,
                "question": q.words,
                "titles": titles,
                "suggestions": [
                    {"outlet": s.outlet, "carrier": s.carrier, "level": s.level, "why": s.why}
                    for s in q.suggestions
                ],
            }
            click.echo(json.dumps(obj, ensure_ascii=False))
            continue
        if q.doubt:
            click.echo(f"[{q.question_id}] {q.words}")
            continue
        written = f"写作“{q.outlet_as_written}”" if q.outlet_as_written else "未写明载体"
        click.echo(f"[{q.question_id}] {q.file}：{written}，{len(titles)} 条录用")
        for t in titles[:3]:
            click.echo(f"    《{t}》")
        if len(titles) > 3:
            click.echo(f"    ……等 {len(titles)} 条")
        for s in q.suggestions:
            click.echo(f"    参考：{s.outlet}（{s.why}）")
    if fmt == "table":
        n = len(computed.questions)
        _err(
            f"载体待定 {n} 项。指明：infoscore review outlet 问题编号 载体名称（或“不计分”）"
            if n
            else "没有待定的载体。"
        )


@review.command("outlet")
@click.argument("question_id")
@click.argument("outlet")
@click.option(
    "--alias",
    "as_alias",
    is_flag=True,
    help="同时把原文写法作为该载体的别名写入 config/outlets.yaml（以后不再询问）。",
)
@_config_option
@_db_option
def review_outlet(question_id: str, outlet: str, as_alias: bool, config_dir: Path | None, db: Path) -> None:
    """指明一份清单（或一个载体名称）来自哪个载体；写“不计分”（或 none）则这些录用不计分。

    \b
    例：infoscore review outlet Q3F2A1 绍兴市机关事务网站
        infoscore review outlet Q3F2A1 不计分
    决定按文件内容（或载体名称）保存，重新运行、文件改名后仍有效；可用 infoscore review undo 撤销。
    """
    from pipeline.config import default_config_dir
    from pipeline.outlets import add_alias
    from pipeline.review import decide_outlet, find_question
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with _store(db) as store:
        computed = recompute(store, settings)
        click.echo(decide_outlet(store, computed, question_id, outlet))
    if as_alias:
        q = find_question(computed, question_id)
        if not q.outlet_as_written:
            _err("这份清单没有写明载体名称，无可写入的别名（决定已按文件内容保存）")
        else:
            chosen = next(x for x in settings.outlets.outlets if x.name == outlet or outlet in x.aliases)
            click.echo(add_alias(config_dir or default_config_dir(), chosen.name, q.outlet_as_written))
    _err("重新运行 infoscore run 以更新得分表。")


@review.command("tables")
@_format_option
@_config_option
@_db_option
def review_tables(fmt: str, config_dir: Path | None, db: Path) -> None:
    """列出与同一单位之前的报送表大部分相同的新表（修改版或补报），问是替换原表还是作为补充。

    \b
    例：infoscore review tables --db .infoscore/state.db
    """
    from pipeline.revisions import ANSWER_SAID
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with _store(db) as store:
        computed = recompute(store, settings)
    for q in computed.tables:
        said = ANSWER_SAID[q.answer] if q.answer else None
        if fmt == "jsonl":
            obj = {
                "question_id": q.question_id,
                "unit": q.unit,
                "old_file": q.old_file,
                "new_file": q.new_file,
                "shared": q.shared,
                "answer": said,
            }
            click.echo(json.dumps(obj, ensure_ascii=False))
            continue
        click.echo(f"[{q.question_id}] {q.words}：{said or '待回答（暂按替换原表计）'}")
    if fmt == "table":
        n = sum(q.answer is None for q in computed.tables)
        _err(
            f"待回答 {n} 项。回答：infoscore review table 问题编号 替换（或 补充）"
            if n
            else "没有待回答的报送表问题。"
        )


@review.command("table")
@click.argument("question_id")
@click.argument("answer")
@_config_option
@_db_option
def review_table(question_id: str, answer: str, config_dir: Path | None, db: Path) -> None:
    """回答一个报送表问题：替换（新表替换原表，原表不再计分）或 补充（两张表都计分）。

    \b
    例：infoscore review table T1A2B3C 替换
    """
    from pipeline.lock import RunLock
    from pipeline.review import default_who
    from pipeline.revisions import decide_table
    from pipeline.run import recompute

    settings = _settings(config_dir)
    with RunLock(db, on_wait=_err), _store(db) as store:
        computed = recompute(store, settings)
        click.echo(decide_table(store, computed.tables, question_id, answer, default_who()))
    _err("重新运行（infoscore run）后，得分表按此更新。")


@review.command("undo")
@_db_option
def review_undo(db: Path) -> None:
    """撤销最近一次复核决定（可多次撤销）。

    \b
    例：infoscore review undo
    """
    from pipeline.review import undo

    with _store(db) as store:
        click.echo(undo(store))


@cli.command()
@click.option(
    "--inbox",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="收件箱文件夹（网页上可上传附件、运行）。不写时用当前文件夹下的“收件箱”（没有就新建）。",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="输出文件夹（得分表写在这里）。不写时用当前文件夹下的“输出”（没有就新建）。",
)
@_config_option
@_db_option
@click.option("--port", type=int, default=8765, show_default=True, help="网页工作台的端口号。")
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器。")
def serve(
    inbox: Path | None, out: Path | None, config_dir: Path | None, db: Path, port: int, no_browser: bool
) -> None:
    """打开网页工作台（只在本机 127.0.0.1）：收件箱、运行、复核、下载得分表。

    \b
    例：infoscore serve
    不写文件夹时，在当前文件夹下使用（没有就新建）“收件箱”“输出”两个文件夹和
    状态库 .infoscore/state.db；网页上可以换成别的文件夹，下次启动仍用换过的文件夹。
    例：infoscore serve --inbox D:\\考核2019\\收件箱 --out D:\\考核2019\\输出
    """
    import threading
    import webbrowser

    from pipeline.web import create_app, open_workspace

    tty = sys.stderr.isatty()

    def show(status: Any, message: Any) -> None:
        """A run started on the page, in this window: one line redrawn on a terminal (the
        name cut to the width: a CJK character takes two columns), the outcome always."""
        if message is not None:
            click.echo("\r\033[K" if tty else "", nl=False, err=True)
            _err(f"网页运行：{message.text}" + "".join(f"\n  {d}" for d in message.details))
        elif tty and status.running:
            import shutil

            line = f"网页运行：{status.text}"[: shutil.get_terminal_size().columns // 2 - 1]
            click.echo(f"\r\033[K{line}", nl=False, err=True)

    ws = open_workspace(inbox=inbox, out=out, db=db, config_dir=config_dir)
    app = create_app(workspace=ws, db=ws.db, observe=show)
    url = f"http://127.0.0.1:{port}/"
    _err(f"收件箱：{ws.inbox}")
    _err(f"输出：{ws.out}")
    _err(f"工作台：{url}（按 Ctrl-C 停止）")
    if not no_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    from waitress import serve as wsgi_serve  # a production server: no development warning

    wsgi_serve(app, host="127.0.0.1", port=port, threads=4, _quiet=True)


_ZH = [
    (
        r"Invalid value for '(.+?)': (?:Directory|Path|File) '(.+?)' does not exist\.",
        r"\1 指定的路径不存在：\2",
    ),
    (
        r"Invalid value for '(.+?)': (?:Directory|File) '(.+?)' is a (?:file|directory)\.",
        r"\1 指定的路径类型不对：\2",
    ),
    (r"Invalid value for '(.+?)': '(.+?)' is not a valid integer\.", r"\1 应为数字，而不是“\2”"),
    (r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\.", r"\1 的取值“\2”不对，可选：\3"),
    (r"Missing option '(.+?)'\.", r"缺少选项 \1"),
    (r"Missing argument '(.+?)'\.", r"缺少参数 \1"),
    (r"No such command '(.+?)'\.", r"没有命令 \1"),
    (r"No such option: (\S+)", r"没有选项 \1"),
    (r"Got unexpected extra arguments? \((.+)\)", r"多余的参数：\1"),
]


def _zh(message: str) -> str:
    """Click's usage errors in the clerk's language (the offending option still named)."""
    import re

    for pattern, repl in _ZH:
        if re.search(pattern, message):
            return re.sub(pattern, repl, message)
    return message


def _error_log() -> None:
    """Unexpected errors inside one file (the run goes on) keep their traceback here."""
    import logging

    class _Lazy(logging.FileHandler):
        def emit(self, record: logging.LogRecord) -> None:  # the folder only when there is an error
            try:
                Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                return
            super().emit(record)

    logger = logging.getLogger("infoscore")
    if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        handler = _Lazy(Path(".infoscore") / "error.log", encoding="utf-8", delay=True)
        handler.setLevel(logging.ERROR)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
    logger.propagate = False


def main() -> None:
    _error_log()
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        _err("已取消")
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as e:  # bare `infoscore`: its help, not an error
        click.echo(e.ctx.get_help() if e.ctx is not None else e.format_message())
        sys.exit(0)
    except click.ClickException as e:
        hint = ""
        if isinstance(e, click.UsageError) and e.ctx is not None:
            hint = f"（用 {e.ctx.command_path} --help 查看用法）"
        _err(f"错误：{_zh(e.format_message())}{hint}")
        sys.exit(2 if isinstance(e, click.UsageError) else e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except InfoscoreError as e:
        _err(f"错误：{e}")
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        _err("已中断")
        sys.exit(130)
    except OSError as e:  # the machine, not the program: a folder, the disk, a permission
        from pipeline.preflight import os_reason

        where = f"：{e.filename}" if e.filename else ""
        _err(f"错误：{os_reason(e)}{where}。请检查该文件夹的权限和磁盘空间后重试")
        sys.exit(1)
    except Exception as e:  # an unexpected bug: one line for the clerk, the traceback in a log
        log = Path(".infoscore") / "error.log"
        try:
            log.parent.mkdir(exist_ok=True)
            with log.open("a", encoding="utf-8") as fh:
                traceback.print_exc(file=fh)
            where = f"详细信息见 {log}"
        except OSError:
            where = ""
        _err(f"内部错误：{type(e).__name__}: {e}。{where}")
        sys.exit(1)
