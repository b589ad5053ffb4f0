"""Importance of job requirements (required / preferred), judged on a hand-labelled set.

    python benchmarks/importance.py                   # the table (benchmarks/importance_set)
    python benchmarks/importance.py --verbose         # plus every miss, wrong importance,
                                                      # not-requirement failure, unlabelled skill
    python benchmarks/importance.py --json            # machine-readable results
    python benchmarks/importance.py --set PATH        # another folder laid out the same way

The set (see importance_set/README.md) is a folder of postings ``NN_name.txt``, each labelled
by ``NN_name.json`` (or all of them by one ``labels.json`` mapping ``NN_name`` to the same
object): ``requirements`` ({text, importance, group?}) and ``not_requirements`` (surface forms
in company, benefits, process, legal or negated context).

Matching rule (spans only; the taxonomy plays no part in it):

- An *occurrence* of a label is a case-insensitive match of its ``text`` in the posting (as
  :func:`gapcheck.read_document` returns it), not inside a longer word (no letter or digit
  just before or after it); spaces in the text match any run of whitespace. Every occurrence
  counts.
- Each mention of each predicted skill (``profile.skills`` and ``profile.certifications``) is
  assigned to the one occurrence, of a requirement or of a not-requirement, that it overlaps
  most; ties go to the occurrence closest in length to the mention, then to requirements.
  So "React" inside "React Testing Library" goes to the label "React", not to the longer one.
- A requirement is *found* when a mention is assigned to one of its occurrences; its predicted
  importance is that of the skill with the best assigned mention (largest overlap, closest
  length, document order). A job skill whose ``importance`` is None was seen but not read as
  a requirement (company, benefits, legal text): for a label it is found with the wrong
  importance ("none"), so the skill matcher (recall) and the requirement reader (importance)
  are measured apart.
- A not-requirement *fails* when a mention is assigned to one of its occurrences, the skill's
  importance is required or preferred, and that skill was not found for any requirement of
  the posting (a real requirement may also be named in the company text).
- A predicted requirement (importance not None) none of whose mentions is assigned anywhere
  is *unlabelled*: listed with ``--verbose``, informational only.

Figures: recall = found / labelled; importance accuracy = found with the labelled importance /
found (also per labelled importance, and how many found ones were read as no requirement);
not-requirement failures (each one is a failure); either/or groups kept = labelled groups with
two or more found members whose predicted skills all sit in one predicted group. Exits 0
whatever the figures: this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gapcheck.models import ProfileSkill, SkillProfile
    from gapcheck.taxonomy import Taxonomy

DEFAULT_SET = Path(__file__).resolve().parent / "importance_set"
IMPORTANCES = ("required", "preferred")


# ------------------------------------------------------------------------------------------
# The set


@dataclass(frozen=True)
class Label:
    text: str
    importance: str
    group: int | None = None


@dataclass
class Posting:
    name: str
    path: Path
    labels: list[Label]
    not_requirements: list[str]
    text: str = ""


def _entry_labels(entry: dict[str, Any]) -> tuple[list[Label], list[str]]:
    labels = [
        Label(text=item["text"], importance=item["importance"], group=item.get("group"))
        for item in entry.get("requirements", [])
    ]
    not_requirements = [
        item["text"] if isinstance(item, dict) else item
        for item in entry.get("not_requirements", [])
    ]
    return labels, not_requirements


def load_set(folder: Path) -> list[Posting]:
    """The labelled postings of ``folder``, in file-name order.

    Labels come from ``NAME.json`` next to ``NAME.txt``, else from ``labels.json`` keyed by
    ``NAME`` (or ``NAME.txt``). A posting without labels is skipped with a warning.
    """
    combined: dict[str, Any] = {}
    combined_path = folder / "labels.json"
    if combined_path.is_file():
        combined = json.loads(combined_path.read_text(encoding="utf-8"))
    postings = []
    for path in sorted(folder.glob("*.txt")):
        own = path.with_suffix(".json")
        if own.is_file():
            entry = json.loads(own.read_text(encoding="utf-8"))
        elif path.stem in combined or path.name in combined:
            entry = combined.get(path.stem) or combined[path.name]
        else:
            print(f"warning: no labels for {path.name}, skipped", file=sys.stderr)
            continue
        labels, not_requirements = _entry_labels(entry)
        postings.append(Posting(path.stem, path, labels, not_requirements))
    return postings


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``surface`` in ``text`` that is not inside a word."""
    body = r"\s+".join(re.escape(part) for part in surface.split())
    if not body:
        return []
    pattern = re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# ------------------------------------------------------------------------------------------
# Scoring


@dataclass
class PostingResult:
    name: str
    labels: int = 0
    found: int = 0
    correct: int = 0
    by_importance: dict[str, list[int]] = field(
        default_factory=lambda: {imp: [0, 0, 0] for imp in IMPORTANCES}
    )  # labelled importance -> [labelled, found, correct]
    not_requirements: int = 0
    not_requirement_failures: list[dict[str, Any]] = field(default_factory=list)
    read_as_none: int = 0  # found labels whose skill was not read as a requirement
    groups_checkable: int = 0
    groups_kept: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong_importance: list[dict[str, Any]] = field(default_factory=list)
    split_groups: list[list[str]] = field(default_factory=list)
    unlabelled: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "posting": self.name,
            "labels": self.labels,
            "found": self.found,
            "importance_correct": self.correct,
            "by_importance": {
                imp: dict(zip(("labelled", "found", "correct"), counts, strict=True))
                for imp, counts in self.by_importance.items()
            },
            "not_requirements": self.not_requirements,
            "not_requirement_failures": self.not_requirement_failures,
            "read_as_none": self.read_as_none,
            "groups_checkable": self.groups_checkable,
            "groups_kept": self.groups_kept,
            "missed": self.missed,
            "wrong_importance": self.wrong_importance,
            "split_groups": self.split_groups,
            "unlabelled": self.unlabelled,
        }


# (overlap, -length difference, 1 for a requirement / 0 for a not-requirement): larger is better
_Key = tuple[int, int, int]


def score_posting(
    posting: Posting, profile: SkillProfile, taxonomy: Taxonomy | None = None
) -> PostingResult:
    """Align ``profile`` (the extractor's output for ``posting``) with the posting's labels."""
    text = posting.text
    # targets: (kind, index into labels / not_requirements, start, end)
    targets: list[tuple[str, int, int, int]] = []
    for index, label in enumerate(posting.labels):
        targets += [("req", index, s, e) for s, e in occurrences(text, label.text)]
    for index, surface in enumerate(posting.not_requirements):
        targets += [("not", index, s, e) for s, e in occurrences(text, surface)]

    predicted: list[ProfileSkill] = [*profile.skills, *profile.certifications]
    # per target (kind, index): the best (key, order, skill) assigned to it
    best: dict[tuple[str, int], tuple[_Key, int, ProfileSkill]] = {}
    assigned_to: dict[tuple[str, int], list[ProfileSkill]] = {}
    unassigned: list[ProfileSkill] = []
    order = 0
    for skill in predicted:
        any_assigned = False
        for mention in skill.mentions:
            order += 1
            choice: tuple[_Key, tuple[str, int]] | None = None
            for kind, index, start, end in targets:
                overlap = min(end, mention.end) - max(start, mention.start)
                if overlap <= 0:
                    continue
                key: _Key = (
                    overlap,
                    -abs((end - start) - (mention.end - mention.start)),
                    int(kind == "req"),
                )
                if choice is None or key > choice[0]:
                    choice = (key, (kind, index))
            if choice is None:
                continue
            any_assigned = True
            key, target = choice
            assigned_to.setdefault(target, []).append(skill)
            if target not in best or (key, -order) > (best[target][0], -best[target][1]):
                best[target] = (key, order, skill)
        if not any_assigned:
            unassigned.append(skill)

    result = PostingResult(posting.name, labels=len(posting.labels))
    matched_ids: set[str] = set()
    matched_by_label: dict[int, str] = {}
    for index, label in enumerate(posting.labels):
        counts = result.by_importance.setdefault(label.importance, [0, 0, 0])
        counts[0] += 1
        hit = best.get(("req", index))
        if hit is None:
            resolved = taxonomy.resolve(label.text) if taxonomy is not None else None
            result.missed.append(
                {
                    "text": label.text,
                    "importance": label.importance,
                    "taxonomy": resolved.id if resolved is not None else None,
                }
            )
            continue
        skill = hit[2]
        matched_ids.add(skill.id)
        matched_by_label[index] = skill.id
        result.found += 1
        counts[1] += 1
        if skill.importance == label.importance:
            result.correct += 1
            counts[2] += 1
        else:
            result.read_as_none += skill.importance is None
            result.wrong_importance.append(
                {
                    "text": label.text,
                    "expected": label.importance,
                    "predicted": skill.importance or "none",
                    "skill": skill.id,
                }
            )

    result.not_requirements = len(posting.not_requirements)
    for index, surface in enumerate(posting.not_requirements):
        produced = [
            s
            for s in assigned_to.get(("not", index), [])
            if s.importance is not None and s.id not in matched_ids
        ]
        if produced:
            unique = {s.id: s for s in produced}
            result.not_requirement_failures.append(
                {
                    "text": surface,
                    "skills": [
                        {"skill": s.id, "importance": s.importance} for s in unique.values()
                    ],
                }
            )

    groups: dict[int, list[int]] = {}
    for index, label in enumerate(posting.labels):
        if label.group is not None:
            groups.setdefault(label.group, []).append(index)
    for members in groups.values():
        ids = {matched_by_label[i] for i in members if i in matched_by_label}
        if len(ids) < 2:
            continue
        result.groups_checkable += 1
        if any(ids <= set(group.skills) for group in profile.groups):
            result.groups_kept += 1
        else:
            result.split_groups.append([posting.labels[i].text for i in members])

    for skill in unassigned:
        if skill.importance is None or skill.id in matched_ids:
            continue
        first = skill.mentions[0] if skill.mentions else None
        result.unlabelled.append(
            {
                "skill": skill.id,
                "importance": skill.importance,
                "text": first.text if first is not None else "",
                "line": first.line if first is not None else None,
            }
        )
    return result


def total(results: Sequence[PostingResult]) -> PostingResult:
    """The sum of ``results`` (lists concatenated, each item tagged with its posting)."""
    overall = PostingResult("overall")
    for r in results:
        overall.labels += r.labels
        overall.found += r.found
        overall.correct += r.correct
        for imp, counts in r.by_importance.items():
            target = overall.by_importance.setdefault(imp, [0, 0, 0])
            for i, value in enumerate(counts):
                target[i] += value
        overall.not_requirements += r.not_requirements
        overall.not_requirement_failures += [
            {"posting": r.name, **f} for f in r.not_requirement_failures
        ]
        overall.read_as_none += r.read_as_none
        overall.groups_checkable += r.groups_checkable
        overall.groups_kept += r.groups_kept
    return overall


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def print_table(results: Sequence[PostingResult], overall: PostingResult) -> None:
    print("Requirement importance on the hand-labelled set")
    header = (
        f"{'posting':34} {'labels':>6} {'found':>5} {'recall':>6} {'imp ok':>6} "
        f"{'imp acc':>7} {'not-req fail':>12} {'groups kept':>11} {'unlabelled':>10}"
    )
    print(header)
    print("-" * len(header))
    for r in [*results, overall]:
        if r is overall:
            print("-" * len(header))
        unlabelled = sum(len(x.unlabelled) for x in results) if r is overall else len(r.unlabelled)
        print(
            f"{r.name[:34]:34} {r.labels:6d} {r.found:5d} {_ratio(r.found, r.labels):>6} "
            f"{r.correct:6d} {_ratio(r.correct, r.found):>7} "
            f"{len(r.not_requirement_failures):>5d} of {r.not_requirements:<4d} "
            f"{r.groups_kept:>4d} of {r.groups_checkable:<3d} {unlabelled:10d}"
        )
    req = overall.by_importance["required"]
    pref = overall.by_importance["preferred"]
    print()
    print(f"recall: {overall.found}/{overall.labels} = {_ratio(overall.found, overall.labels)}")
    print(
        f"importance accuracy: {overall.correct}/{overall.found} = "
        f"{_ratio(overall.correct, overall.found)} "
        f"(required {req[2]}/{req[1]}, preferred {pref[2]}/{pref[1]}; "
        f"{overall.read_as_none} found but read as no requirement)"
    )
    print(
        f"not-requirement failures: {len(overall.not_requirement_failures)} of "
        f"{overall.not_requirements}"
    )
    print(f"either/or groups kept: {overall.groups_kept} of {overall.groups_checkable}")


def print_details(results: Sequence[PostingResult]) -> None:
    for r in results:
        print(f"\n{r.name}")
        for miss in r.missed:
            where = f"taxonomy: {miss['taxonomy']}" if miss["taxonomy"] else "not in taxonomy"
            print(f"  missed        {miss['text']!r} ({miss['importance']}; {where})")
        for wrong in r.wrong_importance:
            print(
                f"  importance    {wrong['text']!r}: labelled {wrong['expected']}, "
                f"predicted {wrong['predicted']} ({wrong['skill']})"
            )
        for failure in r.not_requirement_failures:
            produced = ", ".join(f"{s['skill']} ({s['importance']})" for s in failure["skills"])
            print(f"  not-req fail  {failure['text']!r} -> {produced}")
        for group in r.split_groups:
            print(f"  group split   {' | '.join(group)}")
        for extra in r.unlabelled:
            print(
                f"  unlabelled    {extra['skill']} ({extra['importance']}) "
                f"from {extra['text']!r}, line {extra['line']}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--set",
        dest="folder",
        type=Path,
        default=DEFAULT_SET,
        help="folder of NN_name.txt postings and their labels",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list misses, wrong importance, failures and unlabelled skills",
    )
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"set folder not found: {args.folder}", file=sys.stderr)
        return 0
    postings = load_set(args.folder)
    if not postings:
        print(f"no labelled postings in {args.folder}", file=sys.stderr)
        return 0

    import gapcheck

    taxonomy = gapcheck.load_taxonomy()
    results = []
    for posting in postings:
        document = gapcheck.read_document(posting.path)
        posting.text = document.text
        profile = gapcheck.extract(document, kind="job")
        results.append(score_posting(posting, profile, taxonomy))
    overall = total(results)

    if args.json:
        payload = {
            "set": str(args.folder),
            "overall": {
                **overall.as_dict(),
                "recall": overall.found / overall.labels if overall.labels else None,
                "importance_accuracy": overall.correct / overall.found if overall.found else None,
                "unlabelled": sum(len(r.unlabelled) for r in results),
            },
            "postings": [r.as_dict() for r in results],
        }
        print(json.dumps(payload, indent=2))
        return 0
    print_table(results, overall)
    if args.verbose:
        print_details(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
