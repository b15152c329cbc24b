"""Tables written as text: a table pasted or saved as .txt, and records of ``字段：值`` lines.

``序号 单位 标题 录用载体 日期`` (tabs or spaces) followed by one row per line, and

    标题：柯桥区“公物仓”实现资产循环利用
    录用载体：浙江新闻网
    录用时间：2022年4月

become neutral Tables, so that the table interpreters read them exactly as they read a
Word or Excel table; the lines they use are taken out of the text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace

from extractors.interpret.header import FIELDS, Columns, find_header, parse_month
from extractors.records import Table, TextBlock
from extractors.textutil import PAGE_MARK, RULE_CHARS, display_width

__all__ = ["month_grid", "text_tables", "vertical_form"]

_SPLIT = re.compile(r"\s*[|｜丨]\s*|\t+|\s{2,}|\u3000+|\s+")
# (标　　题：……: a form's field names are often spaced out to line up)
_FIELD = re.compile(r"^\s*(?P<k>[^：:\s](?:[ \u3000]{0,6}[^：:\s]){0,7})\s*[：:]\s*(?P<v>.*)$")


_WIDE = re.compile(r"\t+|[ \u3000]*\u3000[ \u3000]*|\s{2,}")
_SPREAD = re.compile(r"\t+|[ \u3000]{3,}")
# 标  题 / 单　位: two characters of one word with a few spaces between them, alone in their cell
_SPACED_WORD = re.compile(r"(?<!\S)([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?!\S)")
_LETTER = re.compile(r"(?<![^ \u3000\t])[\u4e00-\u9fff](?![^ \u3000\t])")


_HEADER_WORDS = frozenset(w for ws in FIELDS.values() for w in ws) | {"栏目", "作者", "版面", "版次", "页码"}


def _closed_up(line: str) -> str:
    """A header whose two-character words are spaced out to line up (期  次      栏  目    篇    名)
    with each word closed up and the spaces moved after it, so that the columns keep their places.
    Letters standing alone run in pairs, each pair's gap no wider than the gaps beside it; a
    run that cannot be paired so (an odd count, a pair wider apart than its neighbours) is left as it is;
    three or more letters one space apart (稿 件 标 题) are one word."""
    letters = [m.start() for m in _LETTER.finditer(line)]
    runs: list[list[int]] = []
    for at in letters:
        if runs and not line[runs[-1][-1] + 1 : at].strip():
            runs[-1].append(at)
        else:
            runs.append([at])
    # (日 期      信 息 标 题: three or more letters one space apart inside a run are a word of their
    # own, the letters left beside them a run to pair)
    parted: list[list[int]] = []
    for run in runs:
        groups: list[list[int]] = []
        for at in run:
            if groups and at - groups[-1][-1] == 2:
                groups[-1].append(at)
            else:
                groups.append([at])
        rest: list[int] = []
        for g in groups:
            if len(g) >= 3:
                parted += [rest, g] if rest else [g]
                rest = []
            else:
                rest += g
        if rest:
            parted.append(rest)
    out = list(line)
    for run in parted:
        gaps = [b - a for a, b in zip(run, run[1:], strict=False)]
        if len(run) >= 3 and set(gaps) == {2}:
            # 稿 件 标 题: one word spaced a letter apart, closed up whole
            word = "".join(line[a] for a in run)
            out[run[0] : run[-1] + 1] = list(word + " " * (run[-1] + 1 - run[0] - len(word)))
            continue
        inside, between = gaps[0::2], gaps[1::2]
        # (篇        名 spaced across a wide column: pairs that make header words are paired all the same)
        words = {line[a] + line[b] for a, b in zip(run[0::2], run[1::2], strict=False)}
        if len(run) % 2 or (
            any(g > min(between[max(0, q - 1) : q + 1], default=g) for q, g in enumerate(inside))
            and not words <= _HEADER_WORDS
        ):
            continue
        for a, b in zip(run[0::2], run[1::2], strict=True):
            out[a + 1 : b + 1] = [line[b], *line[a + 1 : b]]  # 篇    名 -> 篇名
    return "".join(out)


def _cells(line: str, *, wide: bool = False) -> list[str]:
    """A line's cells: parted by bars; else by runs of spaces, and by single spaces too unless
    ``wide`` (a grid whose header is spaced wide: 绍兴日报 第3版 is one cell there)."""
    line = line.strip().strip("|｜丨").strip()
    if re.search("[|｜丨]", line):  # 标题 | 批示领导 | 时间 (丨 too): bars part the cells, spaces do not
        return [c.strip() for c in re.split(r"[|｜丨]", line)]
    return [c.strip() for c in (_WIDE if wide else _SPLIT).split(line) if c.strip()]


def month_grid(header: list[str]) -> bool:
    """载体＼月份 | 4月 | 5月 | 6月: a header of outlets down the side and months across the top (a
    register kept by outlet and month, the titles in its cells)."""
    return (
        bool(header)
        and re.search(r"载体|媒体|刊物|平台|渠道", header[0] or "") is not None
        and sum(1 for c in header[1:] if parse_month(c)[1] is not None) >= 2
    )


def vertical_form(table: Table) -> Table | None:
    """A form laid out down the page (信息标题 | A / 刊用情况 | …… / 局领导批示 | ……, the field names in
    the first column, a new record each time the title's field comes round) as a table of records
    read like any other; None when the first column names no title field."""
    keys = [re.sub(r"\s", "", r[0]) if r else "" for r in table.rows]
    cols = find_header([keys])
    if cols is None or len({k for k in keys if k}) < 2:
        return None
    title_key = keys[cols.index["title"]]
    order: list[str] = []
    records: list[dict[str, str]] = []
    for key, row in zip(keys, table.rows, strict=True):
        # (采用情况 | ☑ 采用 □ 综合采用 □ 未采用: the ticked option only)
        value = _ticked(next((c for c in row[1:] if c.strip()), "").strip())
        if not key:
            continue
        if key == title_key or not records:
            records.append({})
        # (局领导批示 on several rows: one cell each, read together)
        records[-1][key] = f"{records[-1][key]}；{value}" if key in records[-1] else value
        if key not in order:
            order.append(key)
    rows = [order, *[[r.get(k, "") for k in order] for r in records if r.get(title_key)]]
    return replace(table, rows=rows) if len(rows) > 1 else None


_RULE = re.compile(rf"^[{RULE_CHARS}]{{2,}}(?:[ \u3000]+[{RULE_CHARS}]{{2,}}){{2,}}$")


def _columns_of(text: str, indent: int, *, wide: bool = True) -> list[tuple[int, str]]:
    """Each character of a line with the column it starts at: by display width (a Chinese
    character two columns, as a print or a PDF lays it out), or one column a character (as a
    program that pads by character counts lays it out)."""
    out, col = [], indent
    for ch in text:
        out.append((col, ch))
        col += display_width(ch) if wide else 1
    return out


def _crossings(rows: list[tuple[int, str]], edges: list[int], indents: dict[int, int], wide: bool) -> int:
    """How many words run across a column's edge when the rows are laid out this way."""
    n = 0
    for no, text in rows:
        at = dict(_columns_of(text, indents.get(no, 0), wide=wide))
        n += sum(1 for e in edges[1:] if at.get(e, " ").strip() and at.get(e - 1, " ").strip())
    return n


def _fixed_grid(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """_laid_out, its columns marked by a rule of dashes under the header."""
    if i + 1 >= len(lines) or not _RULE.match(lines[i + 1][1]):
        return None
    return _laid_out(lines, i, block)


def _laid_out(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """A table printed in fixed-width columns (copied from a PDF or a mainframe print), its
    columns marked by a rule of dashes under its header or, with no rule, by where the header's
    words start (序号   单位       信息标题        录用载体    录用 ⏎ …  时间: a header word
    wrapped under itself joins it): its cells by position, a row whose first cell is blank
    continuing the row above (a title wrapped inside its column)."""
    if i + 1 >= len(lines) or not block.indents:
        return None
    ruled = bool(_RULE.match(lines[i + 1][1]))
    if ruled:
        rule_no, rule = lines[i + 1]
        starts = [col for col, ch in _columns_of(rule, block.indents.get(rule_no, 0)) if ch not in " \u3000"]
        edges = [c for k, c in enumerate(starts) if k == 0 or c > starts[k - 1] + 1]  # each dash run
        first = i + 2
    else:
        edges = _word_starts(*lines[i], block)
        if len(edges) < 4 or len(_WIDE.split(lines[i][1].strip())) != len(edges):
            return None
        first = i + 1
    body = [ln for ln in lines[first : first + 10]]
    wide = _crossings(body, edges, block.indents, True) <= _crossings(body, edges, block.indents, False)

    def cells(no: int, text: str) -> list[str]:
        # a row whose runs of spaces part it into as many cells as the rule has columns is cut
        # there: a title longer than its column (a writer padding by eye) runs past the edge
        parts = [p for p in _WIDE.split(text.strip()) if p.strip()]
        if len(parts) == len(edges) and block.indents.get(no, 0) <= edges[0] + 1:
            return [p.strip() for p in parts]
        out = [""] * len(edges)
        for col, ch in _columns_of(text, block.indents.get(no, 0), wide=wide):
            j = max((k for k, e in enumerate(edges) if col >= e - 1), default=0)
            out[j] += ch
        return [c.strip() for c in out]

    header = [re.sub(r"[\s\u3000]", "", c) for c in cells(*lines[i])]
    if first == i + 1 and first < len(lines) and lines[first][0] == lines[i][0] + 1:
        under = cells(*lines[first])
        # (录用 ⏎ 时间: a header word wrapped in its column, nothing under the first columns)
        if (
            not under[0]
            and any(under)
            and all(not c or re.fullmatch(r"[\u4e00-\u9fff（）()]{1,6}", c) for c in under)
        ):
            header = [h + re.sub(r"\s", "", u) for h, u in zip(header, under, strict=True)]
            first += 1
    if find_header([header]) is None:
        return None
    rows = [header]
    end = first
    wrapped = 0
    while end < len(lines):
        row = cells(*lines[end])
        if not any(row):
            break
        if lines[end][0] != lines[end - 1][0] + 1 and not (
            # (5 …… ⏎ (a blank line) ⏎ 6 ……: a spacer between the numbered rows, the table going on)
            lines[end][0] == lines[end - 1][0] + 2
            and len(rows) > 1
            and re.fullmatch(r"\d{1,3}", rows[-1][0])
            and re.fullmatch(r"\d{1,3}", row[0])
            and int(row[0]) == int(rows[-1][0]) + 1
        ):
            break
        if not row[0] and len(rows) > 1 and _own_row(rows[-1], row, find_header([header])):
            rows.append([rows[-1][0], *row[1:]])  # its first cell 同上
        elif not row[0] and len(rows) > 1:  # 中心 | 打造“智慧后勤”升级版: the row above goes on
            rows[-1] = _goes_on(rows[-1], row, find_header([header]))
            wrapped += 1
        else:
            rows.append(row)
        end += 1
    if len(rows) < 2:
        return None
    if not ruled and wrapped < 2:
        return None  # (no rule, no cell wrapped: a list whose columns the other readers part)
    # (its heading is the line just above: 一、局网站录用情况（共7条）)
    heading = lines[i - 1][1] if i else ""
    return Table(rows=rows, source=replace(block.source, line=lines[i][0]), heading=heading), end


def _own_row(above: list[str], row: list[str], cols: Columns | None) -> bool:
    """A line under a row, its first cell blank, that is a row of its own — its unit 同上 — not
    the row above wrapped: it has its own month where the row above has one (a date is never
    wrapped), and a title of its own."""
    month, title = (cols.index.get("month"), cols.index.get("title")) if cols else (None, None)
    return (
        month is not None
        and title is not None
        and month < len(row)
        and all(
            re.fullmatch(r"\d{1,4}\s*[年月./\-]\s*(?:\d{1,2}\s*[月日]?)?(?:\s*\d{1,2}\s*日)?", r[month])
            for r in (above, row)
        )
        and re.search(r"[\u4e00-\u9fff].{5,}", row[title]) is not None
    )


def _goes_on(above: list[str], row: list[str], cols: Columns | None) -> list[str]:
    """The row above with the words a line under it carries on in each column: run together (a
    wrapped title), but in the outlet column — 中新网 ⏎ 浙江新闻客户端, or 去向/结果 浙江在线 05-12 ⏎
    中新网 05-13 — a second outlet (第2版 / （动态） under it are the first one's; 绍兴电视台、越 ⏎
    城发布 is the second name's rest)."""
    outlet = cols.index.get("outlet", cols.index.get("sent_to")) if cols else None
    return [
        a + "、" + b
        if k == outlet
        and a
        and b
        and a[-1] not in "、，,；;/"
        and not re.match(r"[第（(\d]", b)
        and not re.search(r"[、，,；;/][^、，,；;/]{1,2}$", a)
        # (省机关事务管 ⏎ 理局网站: a name cut mid-word — one ended reads as one: ……网, ……报, a day)
        and re.search(r"(?:[网站报台号刊志线]|信息|后勤|强国|发布|客户端|[\d）)])$", a.strip())
        else a + b
        for k, (a, b) in enumerate(zip(above, row, strict=True))
    ]


def _word_starts(no: int, text: str, block: TextBlock) -> list[int]:
    """The display columns at which a header line's words (parted by two spaces or more) start."""
    out, col, gap = [], block.indents.get(no, 0), 2
    for ch in text.strip():
        if ch in " \u3000":
            gap += 2 if ch == "\u3000" else 1
        else:
            if gap >= 2:
                out.append(col)
            gap = 0
        col += display_width(ch)
    return out


_BOX_TOP = re.compile(r"^\s*[┌╔┏]")
_BOX_RULE = re.compile(r"^\s*[├╟╠┣└╚┗┌╔┏][─━═┼╪╫╬┬┴┤╢╣┫┘╝┛\s]*$|^\s*[├╟╠┣└╚┗]")
_BOX_BAR = re.compile(r"[│║┃]")


def _boxed(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """A table drawn with box characters (┌──┬──┐ ⏎ │序号│标题│ ⏎ ├──┼──┤ ⏎ …└──┘), as a print
    or a text export draws it: the lines between two rules are one row, a cell wrapped over
    them put back together."""
    if not _BOX_TOP.match(lines[i][1]):
        return None
    groups: list[list[list[str]]] = [[]]
    end = i + 1
    while end < len(lines):
        text = lines[end][1].strip()
        if _BOX_RULE.match(text):
            if groups[-1]:
                groups.append([])
            end += 1
            if text[:1] in "└╚┗":
                break
            continue
        if not _BOX_BAR.search(text):
            break
        inner = re.sub(r"[│║┃]\s*$", "", re.sub(r"^\s*[│║┃]", "", text))  # (│    │……: an empty first cell)
        groups[-1].append([c.strip() for c in _BOX_BAR.split(inner)])
        end += 1
    rows = []
    for g in (g for g in groups if g):
        # (the lines of one row: a cell wrapped onto the next line leaves its first cell empty; a
        # line whose first cell holds a number is a row of its own, rules drawn between rows or not)
        parts: list[list[list[str]]] = []
        for line_cells in g:
            if parts and not (line_cells[0] if line_cells else ""):
                parts[-1].append(line_cells)
            else:
                parts.append([line_cells])
        for part in parts:
            width = max(len(r) for r in part)
            rows.append(["".join(r[k] for r in part if k < len(r)) for k in range(width)])
    if len(rows) < 2 or find_header(rows[:1]) is None:
        return None
    width = len(rows[0])
    rows = [(r + [""] * width)[:width] if len(r) <= width else r[:width] for r in rows]
    return Table(rows=rows, source=replace(block.source, line=lines[i][0])), end


def text_tables(block: TextBlock, outlets: tuple[str, ...] = ()) -> tuple[list[Table], TextBlock]:
    """The tables written in ``block`` and the block without their lines; ``outlets`` (the
    configured names) part a row whose cells a PDF's copy ran together."""
    tables: list[Table] = []
    used: set[int] = set()
    lines = _commas_as_tabs(block.lines)
    i = 0
    while i < len(lines):
        found = (
            _boxed(lines, i, block)
            or _glued(lines, i, block, outlets)
            or _fixed_grid(lines, i, block)
            or _tab_grid(lines, i, block)
            or _grid(lines, i, block)
            or _fields(lines, i, block)
            or _cell_lines(lines, i, block)
            or _laid_out(lines, i, block)  # (no rule: the header's words mark the columns)
        )
        if found is None:
            i += 1
            continue
        table, end = found
        heading = table.heading or "\n".join(s for _, s in lines[max(0, i - 3) : i])
        tables.append(replace(table, heading=heading))
        used.update(range(i, end))
        i = end
        while (more := _part_after(lines, i, table, block)) is not None:
            table, start, i = more  # 二、《浙江后勤》杂志 ⏎ 11  2019年第3期  A: the table's next part
            tables.append(table)
            used.update(range(start, i))
    rest = TextBlock([ln for k, ln in enumerate(block.lines) if k not in used], block.source, block.indents)
    return tables, rest


def _commas_as_tabs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A sheet exported as CSV into a text (序号,报送时间,信息标题,…): its rows — each line with
    three or more ASCII commas, among them a header naming a title column — read as the tab-parted
    rows a pasted sheet gives (csv's quoting kept: a cell may hold a comma)."""
    rowish = [ln.count(",") >= 3 and "，" not in ln for _n, ln in lines]
    if sum(rowish) < 3:
        return lines
    out = list(lines)
    k = 0
    while k < len(lines):
        if not rowish[k]:
            k += 1
            continue
        end = k
        while end < len(lines) and rowish[end]:
            end += 1
        cells = [next(csv.reader([lines[j][1].strip()])) for j in range(k, end)]
        if any(find_header([[c.strip() for c in row if c.strip()]]) is not None for row in cells[:4]):
            for j, row in zip(range(k, end), cells, strict=True):
                out[j] = (lines[j][0], "\t".join(c.strip() for c in row))
        k = end
    return out


def _part_after(
    lines: list[tuple[int, str]], end: int, table: Table, block: TextBlock
) -> tuple[Table, int, int] | None:
    """A table's next part under a part heading of its own, its rows numbered on and laid out
    under the header printed once above the first part (一、局网站 ⏎ 序号 … ⏎ 1 … 10 ⏎ 二、《浙江
    后勤》杂志 ⏎ 11 …): a table of its own headed by that line, read under the same header. Only
    a row whose number goes on from the last row's is taken for one: a list that starts again at
    1 under the heading is a table of its own, read as the next table."""
    header = table.rows[0]
    cols = find_header([header])
    seq = cols.index.get("seq") if cols is not None else None
    last = table.rows[-1][seq] if seq is not None and len(table.rows) > 1 else ""
    if seq is None or not last.isdigit():
        return None
    k = end
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    if k + 1 >= len(lines) or len(lines[k][1]) > 40 or len(_cells(lines[k][1])) > 2:
        return None  # (a part's heading is one short line: 二、《浙江后勤》杂志)
    first = _cells(lines[k + 1][1])
    if not first or first[0] != str(int(last) + 1):
        return None
    top = next(n for n, (no, _) in enumerate(lines) if no == table.source.line)
    # (the header line put back above the part's rows, where its columns stand for them too)
    again = [*lines[: k + 1], lines[top], *lines[k + 1 :]]
    found = _grid(again, k + 1, block)
    if found is None:
        return None
    part, stop = found
    return replace(part, heading=lines[k][1], source=replace(part.source, line=lines[k][0])), k, stop - 1


def _header_starts(header: tuple[int, str], block: TextBlock, width: int) -> list[int] | None:
    """The column each of a wide-spaced header's words begins at (the first character after a run
    of two or more blanks); None when the line's indentation is unknown or the words do not
    number ``width``."""
    if not block.indents:
        return None
    placed = _columns_of(header[1], block.indents.get(header[0], 0))
    gaps = _WIDE
    if len([w for w in _WIDE.split(header[1].strip()) if w.strip()]) != width:
        # (序号 单位     信息标题: two short header words one space apart, each a column)
        gaps = _ANY_GAP
        if len([w for w in _ANY_GAP.split(header[1].strip()) if w.strip()]) != width:
            return None
    # (the line is kept stripped: a character's index in it is its index in ``placed``)
    starts = [next(col for col, ch in placed if ch.strip())]
    starts += [placed[m.end()][0] for m in gaps.finditer(header[1].strip())]
    return starts if len(starts) == width else None


def _by_position(
    header: tuple[int, str], row: tuple[int, str], block: TextBlock, width: int
) -> list[str] | None:
    """A row of a grid spaced wide, cut where the header's words begin (a cell holding a run of
    spaces itself — 周  斌 — stays one); None when the line's indentation is unknown or the
    header's words cannot be placed."""
    starts = _header_starts(header, block, width)
    if starts is None:
        return None
    out = [""] * width
    for col, ch in _columns_of(row[1], block.indents.get(row[0], 0)):
        j = max((k for k, e in enumerate(starts) if col >= e - 1), default=0)
        out[j] += ch
    return [c.strip() for c in out]


def _by_starts(
    header: tuple[int, str], row: tuple[int, str], block: TextBlock, width: int, gaps: re.Pattern, joiner: str
) -> list[str] | None:
    """A row of a grid spaced wide, parted at ``gaps``, each piece in the column it starts in —
    or the next, when it starts a little before that column's edge (a copy's spacing is seldom
    exact); pieces in one column joined by ``joiner``."""
    starts = _header_starts(header, block, width)
    if starts is None:
        return None
    placed = _columns_of(row[1], block.indents.get(row[0], 0))
    out: list[list[str]] = [[] for _ in range(width)]
    at = 0
    for gap in [*gaps.finditer(row[1]), None]:
        stop = gap.start() if gap else len(row[1])
        if row[1][at:stop].strip():
            col = placed[at][0]
            out[max((n for n, e in enumerate(starts) if col >= e - 3), default=0)].append(
                row[1][at:stop].strip()
            )
        at = gap.end() if gap else stop
    return [joiner.join(c) for c in out]


def _by_pieces(
    header: tuple[int, str], row: tuple[int, str], block: TextBlock, width: int
) -> list[str] | None:
    """A row parted at every run of spaces, its pieces in one column joined by a space."""
    return _by_starts(header, row, block, width, _ANY_GAP, " ")


def _by_words(
    header: tuple[int, str], row: tuple[int, str], block: TextBlock, width: int
) -> list[str] | None:
    """A sparse row whose words are parted by two or more blanks (a word holding one space stays
    whole), its words in one column run together."""
    return _by_starts(header, row, block, width, _WIDE, "")


_ANY_GAP = re.compile(r"\s+")
# 一季度 / 3月份 / 上半年 / 【市级】 / 二、省级载体: a label over a group of a sheet's rows
_GROUP_LABEL = re.compile(
    r"(?:第?[一二三四1-4]\s*季度|\d{1,2}\s*月份?|[上下]半年|【[^【】]{1,10}】"
    r"|[一二三四五六七八九十]{1,3}、\S{1,12}|\S{1,6}级(?:媒体|载体|刊物)?)"
)


def _tab_grid(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """A sheet pasted as text, its cells parted by tabs, empty cells kept in place; a second
    header row under it (报送 / 月份, or 录用情况 spread over 市级 | 省级 | 媒体) names the columns
    its first row leaves empty or spans."""
    if lines[i][1].count("\t") < 2:
        return None

    def cells(k: int) -> list[str]:
        # (the reader strips a line's leading tabs: its indent — tabs as 4 — gives its empty cells back)
        no, text = lines[k]
        lead = block.indents.get(no, 0) - block.indents.get(lines[i][0], 0)
        text = re.sub(r"^(?:[>＞]\s?)+", "", text)  # (>> 1	6	—	A: a grid quoted in a reply)
        return [""] * max(0, lead // 4) + [c.strip() for c in text.split("\t")]

    header = cells(i)
    if find_header([[c for c in header if c]]) is None and not month_grid(header):
        return None
    end = i + 1
    kept_under: list[str] = []
    if end < len(lines) and "\t" in lines[end][1]:
        under = cells(end)
        if not under[0] and any(re.fullmatch(r"(?:经验|动态)类?|(?:门户)?网站", c) for c in under):
            # 市局网站、信息刊物 ⏎ 经验 | 动态: the row under names kinds of the outlet above, which
            # the table reader puts together (tables._stacked_header); both rows are kept
            kept_under = (under + [""] * len(header))[: max(len(header), len(under))]
            header = (header + [""] * len(kept_under))[: len(kept_under)]
            end += 1
        elif not under[0] and any(under) and len([c for c in under if c]) <= len(header):
            under += [""] * (len(header) - len(under))
            merged = list(header) + [""] * (len(under) - len(header))
            for k, below in enumerate(under):
                if not below:
                    continue
                # the cell above spans when the next one is empty with a name under it
                spans = k + 1 < len(under) and not merged[k + 1] and under[k + 1]
                spanned = not header[k] if k < len(header) else True
                merged[k] = below if (spans or spanned) else merged[k] + below
            header = merged
            end += 1
    width = len(header)
    rows = [header, *([kept_under] if kept_under else [])]
    while end < len(lines):
        if (
            "\t" not in lines[end][1]
            and _GROUP_LABEL.fullmatch(lines[end][1].strip())
            and end + 1 < len(lines)
            and "\t" in lines[end + 1][1]
            # (a row's empty last cells are stripped with the line's trailing tabs)
            and width - 2 <= len(cells(end + 1)) <= width
            # (【工作表：批示】 ⏎ 2024年领导批示情况 ⏎ 序号	信息标题	批示领导…: another sheet, its own header)
            and "工作表" not in lines[end][1]
            and not any(find_header([cells(k)]) for k in range(end + 1, min(end + 3, len(lines))))
        ):
            end += 1  # 序号	月份	信息题目… ⏎ 一季度 ⏎ 1	1月	……: the rows' group, the sheet going on under it
            continue
        head = ""
        if (
            "\t" not in lines[end][1]
            and len(lines[end][1].strip()) <= 20
            and end + 1 < len(lines)
            and "\t" in lines[end + 1][1]
            and len(next_row := cells(end + 1)) == width
            and len(rows) > 1
            and find_header([next_row]) is None  # (【二季度】 ⏎ 序号	信息标题…: a part, its header again)
        ):
            # 市政府办公室 ⏎ （绍兴政务信息）\t8\t……: a first cell holding a line break, the row's
            # cells after its second line
            head, end = lines[end][1].strip(), end + 1
        if "\t" not in lines[end][1]:
            break
        row = cells(end)
        while (
            end + 1 < len(lines)
            and any(c.startswith('"') and not c.endswith('"') for c in row)
            and '"' in lines[end + 1][1]
        ):
            # 1	"新昌县机管局“三级联动” ⏎ 推进公共机构节能降碳"	市局网站: a sheet's cell holding a line
            # break, quoted as Excel copies it
            end += 1
            row = (
                row[:-1]
                + [row[-1] + lines[end][1].split("\t")[0]]
                + [c.strip() for c in lines[end][1].split("\t")[1:]]
            )
        if (
            len(row) < width
            and end + 1 < len(lines)
            and "\t" in lines[end + 1][1]
            and len(row) + lines[end + 1][1].count("\t") == width
            and not re.match(r"\s*\d{1,3}\s*(?:\t|$)", lines[end + 1][1])
        ):
            # 7	柯桥区	柯桥区启动机关生活垃圾分类“撤桶 ⏎ 并点”试点	动态	3月14日: a cell holding a line
            # break, copied from a web page without Excel's quotes — the row's cells go on
            end += 1
            more = [c.strip() for c in lines[end][1].split("\t")]
            row = row[:-1] + [row[-1] + more[0]] + more[1:]
        row = [c[1:-1].replace('""', '"') if len(c) > 1 and c[0] == c[-1] == '"' else c for c in row]
        if len(row) > width and any(row[width:]):
            break
        row[0] = head + row[0]
        rows.append((row + [""] * width)[:width])
        end += 1
    cols = find_header(rows)
    if len(rows) < 2 or (cols is None and not month_grid(rows[0])):
        return None
    if cols is not None and 0 in (cols.index.get("outlet"), cols.index.get("unit")):
        # 录用载体 | 序号 | 标题 … with the outlet only on a group's first row (a merged cell
        # pasted as text): the rows under it are the group's
        for k in range(cols.row + 2, len(rows)):
            if not rows[k][0] and any(rows[k][1:]):
                rows[k][0] = rows[k - 1][0]
    return Table(rows=rows, source=replace(block.source, line=lines[i][0])), end


_BAR_FIRST = re.compile(r"\s*[|｜丨]")
_FULL_RULE = re.compile(rf"\s*[{RULE_CHARS}]{{10,}}\s*")  # ──────────: a rule across the page
_RULE_LINE = re.compile(rf"^\s*[{RULE_CHARS}+|｜丨:：\u2500-\u257f\s]{{6,}}$")


def _wrapped(
    lines: list[tuple[int, str]],
    i: int,
    end: int,
    block: TextBlock,
    width: int,
    rows: list[list[str]],
    title: int,
) -> list[str] | None:
    """The cells of a line with fewer cells than the header, placed by where its words stand in
    a grid laid out by position: a row (its number first) with empty cells, or a line carrying
    on the row above (a PDF's copy wraps a long title, or two outlets, inside their columns) —
    following with no blank between, no note or total under the table."""
    no, text = lines[end]
    if len(rows) < 2 or no != lines[end - 1][0] + 1 or re.search(r"[|｜丨\t]", text + lines[i][1]):
        return None
    if _AFTER_TABLE.match(text.strip()) or _FIELD.match(text) or re.search(r"合计|共计|小计", text):
        return None
    if re.fullmatch(r"\s*[（(][^()（）]{6,}[)）]\s*", text):
        return None  # (该稿同时被……采用): a note under the row, read with the text
    # (a line under a full row is placed by that row's cells — a writer lining up rows by eye
    # lines them up with each other better than with the header)
    above = lines[end - 1]
    guide = above if len([c for c in _WIDE.split(above[1].strip()) if c.strip()]) == width else lines[i]
    placed = _by_words(guide, lines[end], block, width)
    if placed is None or not any(placed):
        return None
    if placed[0] and not (re.fullmatch(r"\d{1,3}", placed[0]) and placed[title]):
        return None
    return placed


# 一、市级部门 / （二）区、县（市）部门: a group's heading, a line of its own inside a table
# (二、《浙江后勤》杂志 / 三、新昌新闻网 head a part of another outlet's items: no group of this one)
_GROUP_ROW = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*"
    r"(?![^《》]*[《》])\S{2,20}(?<![网站报志台刊息布号])\s*$"
)


_LAYOUT_SAID = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]\s*)?(?:格式|体例|排列格式|列表格式)\s*[：:]\s*")


def _grid(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """A header line naming a title column, then rows with as many cells (a title holding
    spaces gives its extra cells back to the title column)."""
    if re.search(r"\S[ \u3000]*[/／][ \u3000]*\S", lines[i][1]) and not re.search("[|｜丨]", lines[i][1]):
        # 采用刊物 / 期次: one header cell naming two things, its slash spaced
        lines = [
            *lines[:i],
            (lines[i][0], re.sub(r"(?<=\S)[ \u3000]*([/／])[ \u3000]*(?=\S)", r"\1", lines[i][1])),
            *lines[i + 1 :],
        ]
    # (3. 格式：媒体　日期　标题　〔地区/供稿单位〕: a note saying how the lines below are laid out
    # names their columns after its label)
    if (said := _LAYOUT_SAID.match(lines[i][1])) is not None:
        lines = [*lines[:i], (lines[i][0], lines[i][1][said.end() :]), *lines[i + 1 :]]
    header = _cells(lines[i][1])
    if len(header) < 3:
        return None
    cols = find_header([header])
    if cols is None and _closed_up(lines[i][1]) != lines[i][1]:
        # 期  次      栏  目    篇    名: its words closed up where they stand
        closed = [*lines[:i], (lines[i][0], _closed_up(lines[i][1])), *lines[i + 1 :]]
        if len(_cells(closed[i][1])) >= 3 and (cols := find_header([_cells(closed[i][1])])) is not None:
            lines, header = closed, _cells(closed[i][1])
    if _SPACED_WORD.search(lines[i][1]):
        # 序号  标  题      报送单位: one header word spaced out among the others (单  位 beside
        # 稿件标题 too: found or not, the spaced word is one cell)
        closed_up = _SPACED_WORD.sub(r"\1\2", lines[i][1])
        named = find_header([_cells(closed_up)])
        if named is not None and (cols is None or len(named.index) >= len(cols.index)):
            lines = [*lines[:i], (lines[i][0], closed_up), *lines[i + 1 :]]
            header, cols = _cells(closed_up), named
    spread = None
    if cols is None:
        # 栏　　目　　　篇　　名　　　作者（单位）: a header's words spaced out letter by letter,
        # its cells parted by wider runs (rows parted by the same runs)
        spread = [re.sub(r"\s", "", c) for c in _SPREAD.split(lines[i][1].strip()) if c.strip()]
        if len(spread) < 3 or sum(len(c) == 1 for c in header) < 4:
            return None
        cols = find_header([spread])
        if cols is None:
            return None
        header = spread
    # a header spaced wide (见报日期　　载体/版面　　标题): its rows are parted the same way
    wide = len(_cells(lines[i][1], wide=True)) == len(header) and bool(_WIDE.search(lines[i][1].strip()))
    bars_in_header = re.search(r"[|｜丨]", lines[i][1]) is not None
    end = i + 1
    under = _cells(lines[i + 1][1]) if bars_in_header and i + 1 < len(lines) else []
    spanned = _spanned(header, under)
    if (
        spanned is not None
    ):  # ｜序号｜…｜市级载体｜省级载体｜… ⏎ ｜　｜…｜市局网站｜市委办｜…: two header rows
        header, end = spanned, i + 2
        cols = find_header([header]) or cols
    width, title = len(header), cols.index["title"]
    rows = [header]
    while end < len(lines):
        if end in (i + 1, i + 2) and len(rows) == 1 and bars_in_header and _RULE_LINE.match(lines[end][1]):
            end += 1  # ----+--------+----: a rule drawn under a barred header
            continue
        if _FULL_RULE.fullmatch(lines[end][1]) and (len(rows) == 1 or end + 1 < len(lines)):
            if len(rows) > 1 and (
                end + 1 >= len(lines)
                or (
                    len(_cells(lines[end + 1][1], wide=wide)) < width - 1
                    # (11   诸暨市   A  新华网    审核中: a numbered row with empty cells goes on)
                    and not re.match(r"\s*\d{1,3}\s+\S", lines[end + 1][1])
                )
            ):
                end += 1  # the rule under the table's last row
                break
            end += 1  # ------------: a rule drawn across the page under the header or between rows
            continue
        if len(rows) > 1 and (PAGE_MARK.search(lines[end][1]) or _PAGE_NO.match(lines[end][1])):
            end += 1  # 第 1 页，共 2 页　……制表: the page's foot, the table goes on over it
            # (and the next page repeats the table's title and header above its rows)
            again = [k for k in range(end, min(end + 2, len(lines))) if _cells(lines[k][1]) == header]
            if again:
                end = again[0] + 1
            continue
        if rows and re.fullmatch(r"\s*(?:…{1,6}|\.{3,12}|[（(]?(?:略|下略|以下略)[)）]?)\s*", lines[end][1]):
            end += 1  # 2｜A｜… ⏎ …… ⏎ 11｜B｜…: rows left out, the table going on under them
            continue
        cells = (
            [c.strip() for c in _SPREAD.split(lines[end][1].strip()) if c.strip()]
            if spread
            else _cells(lines[end][1], wide=wide)
        )
        if bars_in_header and not _BAR_FIRST.match(lines[i][1]) and _BAR_FIRST.match(lines[end][1]):
            cells = ["", *cells]  # 　　　　｜A｜3月: under a header with no border bar, an empty first cell
        elif (
            not bars_in_header
            and len(cells) == width - 1
            and block.indents
            and block.indents.get(lines[end][0], 0) >= block.indents.get(lines[i][0], 0) + 4
        ):
            cells = ["", *cells]  # 　　　　A  第9期 …: indented under its unit, the unit's cell left empty
        if (
            len(cells) == 1
            and _GROUP_ROW.match(lines[end][1])
            and end + 1 < len(lines)
            and len(_cells(lines[end + 1][1], wide=wide)) >= width - 1
            # (二、领导批示情况 ⏎ 序号｜标题｜批示领导…: a table of its own follows, with its header)
            and find_header([_cells(lines[end + 1][1], wide=wide)]) is None
            # (序号  地区  标    题: a header of its own, a word of it spaced out)
            and not re.match(r"\s*(?:序号|编号|序)\s", lines[end + 1][1])
        ):
            # 序号｜单位｜标题… ⏎ 一、市级部门 ⏎ 1｜…: a part's heading between the rows, the table
            # going on under it
            end += 1
            continue
        if len(cells) < width - 1 and (placed := _wrapped(lines, i, end, block, width, rows, title)):
            # 6  A  10: a row with empty cells, placed by where its words stand (越牛新闻客户端  同上:
            # one more row, its title the row above's)
            if placed[0] or re.fullmatch(r"\s*(?:同上|同前|〃|″)\s*", placed[title]):
                rows.append(placed)
            else:  # its title (or outlets) wrapped inside the columns: the row above goes on
                rows[-1] = _goes_on(rows[-1], placed, cols)
            end += 1
            continue
        if len(cells) < width - 1 or len(cells) < 2:
            break
        if len(cells) == width - 1 and wide and not re.search(r"[|｜丨\t]", lines[end][1] + lines[i][1]):
            # 新昌县机关事务管理局 新昌县……: a cell filling its column, one space before the next —
            # the header's columns say where it ends (else: an empty last cell)
            for place in (_by_position, _by_pieces):
                # (a scan's columns a little off the header's: its pieces, parted at spaces, each
                # in the column it starts near)
                placed = place(lines[i], lines[end], block, width)
                if (
                    placed is not None
                    and sum(1 for c in placed if c) == width
                    # (cut only at a space: a long cell running on past its column stays whole)
                    and " ".join(placed) == re.sub(r"\s+", " ", lines[end][1].strip())
                ):
                    cells = placed
                    break
        if (
            len(cells) == width
            and title + 1 < width
            and re.search(r"(?:——|—|--)$", cells[title])
            and not cells[-1].strip() == ""
            and not re.search(r"[|｜丨\t]", lines[end][1])
        ):
            # 1 A“光盘积分”—— 让节约成为习惯 市网站 2024.1.16 经验: a headline's subtitle after its
            # dash and a space, its row's last cell empty — no cell ends on a dash
            cells[title : title + 2] = [f"{cells[title]} {cells[title + 1]}"]
            cells.append("")
        if len(cells) == width - 1:  # an empty last cell (no date, no note)
            cells.append("")
        bars = re.search(r"[|｜丨]", lines[end][1])
        filled = sum(1 for c in cells if c)
        if (
            bars
            and len(rows) > 1
            and len(cells) == width
            and not cells[0]
            and 0 < filled <= max(2, width // 2)
        ):
            # |      |        | 公益集市 | 绍兴网 |: a row's cells wrapped onto the next line (a row
            # with most cells filled and the first empty is the next item of the unit above)
            rows[-1] = [a + b for a, b in zip(rows[-1], cells, strict=True)]
            end += 1
            continue
        extra = len(cells) - width
        if extra > 0:
            tabbed = "\t" in lines[end][1] or "\t" in lines[i][1]  # (tabs part cells themselves)
            placed = (
                _by_position(lines[i], lines[end], block, width) if wide and not (bars or tabbed) else None
            )
            if placed is not None:  # 周  斌 under 通讯员: the header's columns say which cell it is
                cells = placed
            else:
                cells[title : title + extra + 1] = [" ".join(cells[title : title + extra + 1])]
        rows.append(cells)
        end += 1
    if len(rows) < 2:
        return None
    line = lines[i][0]
    return Table(rows=rows, source=replace(block.source, line=line)), end


# what each kind of column holds, in a row whose cells a PDF's copy ran together
_GLUED_CELL = {
    "seq": r"\s*(\d{1,3})\s*",
    "unit": r"\s*((?:[\u4e00-\u9fff]{2,3}[区县市]|市本级|市直)(?:机关事务\S{2,6}?(?:中心|局))?)\s*",
    # (— / 无 where a row has no category, as a media row has none)
    "type": r"\s*(经验|动态|[—\-－/／无]{1,2})(?:类)?\s*",
    "month": r"\s*(\d{1,2}(?:\s*月)?|\d{1,2}[.\-/]\d{1,2})\s*",
}
# an outlet the configuration does not name, by the words such names end in (诸暨发布, 枫桥日报)
_GLUED_MEDIA = r"\s*([\u4e00-\u9fff]{2}(?:日报|晚报|发布|新闻网|电视台|融媒))\s*"


def _glued(
    lines: list[tuple[int, str]], i: int, block: TextBlock, outlets: tuple[str, ...] = ()
) -> tuple[Table, int] | None:
    """A table copied from a PDF with its cells run together (序号单位信息标题类别备注 ⏎
    1越城区越城区……专项督查动态): the header is parted at the words it is made of, and each row
    by what its columns hold — a number, a unit, a configured outlet, 经验/动态, a month — its
    title the rest. A row the copy broke over two lines is joined; the page's mark and the
    header repeated on the next page are stepped over."""
    text = re.sub(r"\s", "", lines[i][1])
    if len(text) > 40 or not 4 <= len(text):
        return None
    words = sorted((w for ws in FIELDS.values() for w in ws), key=len, reverse=True)
    header: list[str] = []
    k = 0
    while k < len(text):
        w = next((w for w in words if text.startswith(w, k)), None)
        if w is None:
            return None
        header.append(w)
        k += len(w)
    cols = find_header([header])
    if cols is None or len(header) < 3 or _cells(lines[i][1]) == header:
        return None  # (a header parted by spaces is a grid's, read there)
    kind = {j: f for f, j in cols.index.items()}
    known = sorted({n for n in outlets if len(n) >= 2}, key=len, reverse=True)
    # a configured outlet first (the title shortest, so the longest name); else a media name by
    # its ending (the title longest, so the shortest such name)
    spellings: list[str | None] = [None]
    if known:
        spellings = [r"\s*(" + "|".join(map(re.escape, known)) + r")\s*", _GLUED_MEDIA]
    row_res = []
    for outlet in spellings:
        parts = []
        for j in range(len(header)):
            f = kind.get(j)
            if f == "title":
                parts.append(r"\s*(.+?)\s*" if outlet != _GLUED_MEDIA else r"\s*(.+)\s*")
            elif f == "outlet" and outlet:
                parts.append(outlet)
            elif f in _GLUED_CELL:
                parts.append(_GLUED_CELL[f])
            elif j == len(header) - 1:
                parts.append(r"\s*(.*?)\s*")  # (备注 last: whatever is left)
            else:
                return None
        row_res.append(re.compile("^" + "".join(parts) + "$"))

    def row_of(line: str) -> list[str] | None:
        m = next(filter(None, (r.match(line) for r in row_res)), None)
        return [g.strip() for g in m.groups()] if m else None

    rows = [header]
    end = i + 1
    while end < len(lines):
        line = lines[end][1].strip()
        if row := row_of(line):
            rows.append(row)
            end += 1
        elif end + 1 < len(lines) and (row := row_of(line + lines[end + 1][1].strip())):
            rows.append(row)
            end += 2
        elif len(rows) > 1 and (PAGE_MARK.search(line) or re.sub(r"\s", "", line) == text):
            end += 1
        else:
            break
    if len(rows) < 3:
        return None
    return Table(rows=rows, source=replace(block.source, line=lines[i][0])), end


def _spanned(header: list[str], under: list[str]) -> list[str] | None:
    """A barred header of two rows, the first naming groups over the second's columns (｜序号｜单位｜
    标题｜市级载体｜省级载体｜月份｜ ⏎ ｜　｜　｜　｜市局网站｜市委办｜省局网站｜浙江后勤｜　｜): one row of
    the columns — the first's cells where the second is empty, the second's names under the
    groups. None unless the second row is so (more cells, empty at both ends, names between)."""
    if len(under) <= len(header) or not under or under[0].strip():
        return None
    lead = next((k for k, c in enumerate(under) if c.strip()), len(under))
    trail = next((k for k, c in enumerate(reversed(under)) if c.strip()), 0)
    named = [c.strip() for c in under[lead : len(under) - trail]]
    groups = len(header) - lead - trail
    if groups < 1 or len(named) < 2 or not all(named) or find_header([named]) is not None:
        return None
    return [*header[:lead], *named, *header[len(header) - trail :]]


_RECORD_MARK = re.compile(r"^(?:[【\[（(]\d{1,3}[】\]）)]|\d{1,3}[.、．]|[\u2460-\u2473])")


_BOX_OPTION = re.compile(r"^\s*[□■☐☑☒✓√]\s*\S")


def _ticked(value: str) -> str:
    """A form's field of boxes (■ 录用，拟安排第5期 □ 退稿): the ticked options only; a value with
    no boxes as it is."""
    if not re.search(r"[□☐]", value) or not re.search(r"[■☑☒✓√]", value):
        return value
    parts = re.split(r"\s*(?=[□■☐☑☒✓√])", value)
    return " ".join(p.lstrip("■☑☒✓√ ").strip() for p in parts if p.strip() and p.strip()[0] in "■☑☒✓√")


def _fields(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """Consecutive ``字段：值`` lines, a record each time a field comes round again, a title's
    field follows a skipped line, or two lines are skipped; a table when some field names a
    title."""
    keys: list[str] = []
    records: list[dict[str, str]] = []
    current: dict[str, str] = {}
    end = i
    prev_line = None
    last_key = ""
    while end < len(lines):
        no, text = lines[end]
        m = _FIELD.match(text)
        if not m and current and last_key and _BOX_OPTION.match(text):
            # 处理结果：□ 录用 ⏎ ■ 修改后再审: a form's options under its field, one a line
            current[last_key] += " " + text.strip()
            prev_line = no
            end += 1
            continue
        if not m:
            break
        k, v = re.sub(r"[ \u3000]", "", m.group("k")), m.group("v").strip()
        # 【2】稿件：… / 3. 标题：…: the record's number is no part of its first field's name
        k = _RECORD_MARK.sub("", k) or k
        # 信息一：…, 第2条：…, 稿件：… name the item itself: its title
        if re.fullmatch(r"(?:信息|稿件|第)[一二三四五六七八九十\d]+(?:条|篇)?|稿件|来稿", k):
            k = "标题"
        # (a form spaced a blank line between its fields — 标    题：A ⏎⏎ 来    源：B — is one
        # record; a skipped line before a title's field, or two skipped, part records)
        gap = 0 if prev_line is None else no - prev_line - 1
        if current and (k in current or gap >= 2 or (gap == 1 and k in FIELDS["title"])):
            records.append(current)
            current = {}
        current[k] = v
        last_key = k
        if k not in keys:
            keys.append(k)
        prev_line = no
        end += 1
    if current:
        records.append(current)
    # (□ 录用 ■ 修改后再审: only the ticked option is what the form says)
    records = [{k: _ticked(v) for k, v in r.items()} for r in records]
    cols = find_header([keys]) if keys else None
    if cols is None or len(records) < 1 or sum(1 for r in records if len(r) >= 2) < 1:
        return None
    rows = [keys, *[[r.get(k, "") for k in keys] for r in records]]
    return Table(rows=rows, source=replace(block.source, line=lines[i][0])), end


def _column_blocks(
    lines: list[tuple[int, str]], start: int, width: int, block: TextBlock
) -> tuple[list[list[str]], int] | None:
    """A table copied out of a PDF column by column, under its header's cells: every 序号 (1 2 3 …),
    then every date, every outlet, …, every title — each column a block of as many lines as there
    are rows, the last one running to the blank line with its long cells wrapped (a wrapped line,
    the shortest or one opening on a quote, goes back onto the line before it)."""
    n = 0
    while start + n < len(lines) and lines[start + n][1].strip() == str(n + 1):
        n += 1
    if n < 2 or start + n >= len(lines) or lines[start + n][1].strip().isdigit():
        return None  # (1 ⏎ title ⏎ … : each row's cells in turn, read by the caller)
    columns = [[str(k + 1) for k in range(n)]]
    k = start + n
    for _col in range(width - 2):
        block_lines = [s.strip() for _, s in lines[k : k + n]]
        if len(block_lines) < n or any(not c for c in block_lines):
            return None
        columns.append(block_lines)
        k += n
    last: list[str] = []
    while k < len(lines) and (not last or lines[k][0] == lines[k - 1][0] + 1):
        last.append(lines[k][1].strip())
        k += 1
    if len(last) < n:
        return None
    while len(last) > n:  # put a wrapped cell back together: the likeliest continuation first
        j = min(
            range(1, len(last)),
            key=lambda x: (not last[x].startswith(("“", "‘", "”", "》", "）")), len(last[x])),
        )
        last[j - 1 : j + 1] = [last[j - 1] + last[j]]
    columns.append(last)
    return [list(row) for row in zip(*columns, strict=True)], k


def _cell_lines(lines: list[tuple[int, str]], i: int, block: TextBlock) -> tuple[Table, int] | None:
    """A Word table saved as text, one cell per line: the header's cells on consecutive lines
    (序号 / 标题 / 载体 / 录用月份), then each row's cells, every row starting with its 序号."""
    width = 0
    while i + width < len(lines) and len(lines[i + width][1]) <= 8 and width < 10:
        width += 1
        if find_header([[s for _, s in lines[i : i + width]]]) is not None and not (
            i + width < len(lines)
            and find_header([[s for _, s in lines[i : i + width + 1]]]) is not None
            and len(lines[i + width][1]) <= 8
            and not lines[i + width][1].isdigit()
        ):
            break
    header = [s for _, s in lines[i : i + width]]
    cols = find_header([header]) if width >= 2 else None
    if cols is None or not header[0].startswith(("序号", "编号")):
        return None
    # 录用 ⏎ 月份: a header cell wrapped onto two lines is one cell (its rows have a value fewer)
    words = {w for ws in FIELDS.values() for w in ws}
    k = 0
    while k + 1 < len(header):
        # (采用单位 ⏎ （媒体）: the bracket under a header word says what its cells hold)
        if (header[k] + header[k + 1] in words and header[k] not in words) or re.fullmatch(
            r"[（(][^（）()]{1,8}[)）]", header[k + 1].strip()
        ):
            header[k : k + 2] = [header[k] + header[k + 1]]
        k += 1
    if len(header) < width:
        width = len(header)
        cols = find_header([header])
        if cols is None:
            return None
        i_end = i + width + 1  # (the header's lines, the wrapped one counted)
    else:
        i_end = i + width
    by_column = _column_blocks(lines, i_end, width, block)
    if by_column is not None:
        rows, end = by_column
        return Table(rows=[header, *rows], source=replace(block.source, line=lines[i][0])), end
    # each row starts at its 序号 (the number after the last); a PDF copied this way wraps a
    # long title onto more lines, and a cell holding two outlets gives a line each
    chunks: list[list[str]] = []
    end = i_end
    # (the indent the header's cells stand at: a line standing left of it goes on the cell above)
    cell_indent = min(block.indents.get(n, 0) for n, _ in lines[i:i_end]) if block.indents else 0

    def page_break(k: int) -> int:
        """The lines a page break takes at k (……第2页 共3页, then the header's cells again), or 0."""
        if k >= len(lines) or not PAGE_MARK.search(lines[k][1]):
            return 0
        again = [s.strip() for _, s in lines[k + 1 : k + 1 + width]]
        return 1 + (width if again == [h.strip() for h in header] else 0)

    while end < len(lines) and lines[end][1].strip().isdigit():
        number = int(lines[end][1].strip())
        chunk = [lines[end][1]]
        end += 1
        while (
            end < len(lines)
            and not (lines[end][1].strip().isdigit() and int(lines[end][1].strip()) == number + 1)
            and not _AFTER_TABLE.match(lines[end][1].strip())
            and len(chunk) < 2 * width
        ):
            skip = page_break(end)
            if skip:  # (a row broken over the page: it goes on after the page's header)
                end += skip
                continue
            if block.indents and block.indents.get(lines[end][0], 0) < cell_indent and len(chunk) > 1:
                # (a cell's text wrapped onto a line of its own, without the cells' tab before it:
                # 诸暨市……完成竣 ⏎ 工验收 — the cell goes on)
                chunk[-1] += lines[end][1].strip()
            else:
                chunk.append(lines[end][1])
            end += 1
        chunks.append(chunk)
        end += page_break(end)
    if not chunks:
        return None
    # what each column holds in the rows of exactly one line per cell: a line more in another
    # row is one more value of a column when it is one of these, else a title's wrapped part
    seen: dict[int, set[str]] = {}
    title = cols.index["title"]
    for c in chunks:
        if len(c) == width:
            for k, v in enumerate(c):
                seen.setdefault(k, set()).add(v.strip())
    for c in chunks[:-1]:
        # (every title wrapped, no row of one line per cell: a row ended by the next one's number
        # holds the columns after the title in its last lines)
        if len(c) > width:
            for k in range(title + 1, width):
                seen.setdefault(k, set()).add(c[len(c) - (width - k)].strip())
    rows = [header]
    for n, c in enumerate(chunks):
        if len(c) <= width:
            rows.append([*c, *[""] * (width - len(c))])
            continue
        if n == len(chunks) - 1:  # the last row ends where its cells do (the page's text follows)
            extra = len(c) - width
            while extra and not _fits(c[-1], seen.get(width - 1, set())):
                end -= 1
                c, extra = c[:-1], extra - 1
            if len(c) == width:
                rows.append(c)
                continue
        head, rest = c[:title], c[title:]
        tail: list[list[str]] = []
        for k in range(width - 1, title, -1):  # the columns after the title, the last first
            cell = [rest.pop()]
            while len(rest) > 1 and rest[-1].strip() in seen.get(k, set()) and rest[-1] not in cell:
                cell.insert(0, rest.pop())
            tail.insert(0, cell)
        rows.append([*head, "".join(x.strip() for x in rest), *["、".join(x) for x in tail]])
    return Table(rows=rows, source=replace(block.source, line=lines[i][0])), end


def _shape(value: str) -> str:
    v = value.strip()
    return "number" if re.fullmatch(r"\d{1,4}", v) else "word" if len(v) <= 4 else "text"


def _fits(value: str, seen: set[str]) -> bool:
    """A value the column holds, or one of the same shape (8 where months 6 and 7 were seen)."""
    return (
        value.strip() in seen
        or (bool(seen) and _shape(value) == "number" and {_shape(x) for x in seen} == {"number"})
        # (经验 where only 动态 was seen: the other value of a category column)
        or (value.strip() in _CATEGORIES and bool(seen) and seen <= _CATEGORIES)
    )


_CATEGORIES = {"经验", "动态", "经验类", "动态类"}


_PAGE_NO = re.compile(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$")  # — 1 —
# 注：… / 说明：… / 合计 / — 7 —: the text after a table copied one cell per line
_AFTER_TABLE = re.compile(
    r"^(?:注|说明|备注|附注|合计|小计|总计)\s*[：:]|^(?:合计|小计|总计)$|^[—\-－]\s*\d+\s*[—\-－]$"
)
