"""Post templates: patient education, health alerts, provider availability, live sessions.

A template is any object with ``key``, ``title``, ``kind``, ``description``, ``fields`` and
``render(values, context)`` returning one or more :class:`PlannedPost` (a live session gives
an announcement and a reminder). Plugins register them through ``register_post_templates``
(the built-in ones too); a practice adds or changes its own as TOML files in
``<home>/templates/*.toml``, which medsocial reads and never writes. A practice template with
the key of a plugin's replaces it.

The core reads the fields (days, times, providers from the staff list, links checked against
the trusted sources with their titles fetched), renders image cards, and saves drafts.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from medsocial_tui import clock
from medsocial_tui.cards import Card
from medsocial_tui.errors import ConfigError, NotFound, UsageError
from medsocial_tui.home.config import POST_KINDS, ways_to_reach
from medsocial_tui.models import Post

if TYPE_CHECKING:
    from medsocial_tui.home.practice import Practice

# The queue, links and staff are imported where a template is used, not when a plugin that
# registers templates is loaded: every command loads the plugins.

FIELD_KINDS = ("text", "long_text", "day", "datetime", "url", "provider", "duration")
TEMPLATES_DIR = "templates"


@dataclass(frozen=True)
class TemplateField:
    """One thing a template asks for. ``kind`` says how it is read:
    text, long_text, day ("mon", "2026-01-12"), datetime ("thu 6pm"), url (checked against
    trusted sources, title fetched), provider (a provider on the staff list), duration
    ("1 hour", "30 min")."""

    name: str
    label: str
    kind: str = "text"
    help: str = ""
    required: bool = True
    default: str = ""


@dataclass(frozen=True)
class Provider:
    login: str
    name: str
    title: str = ""

    @property
    def with_title(self) -> str:
        return f"{self.name}, {self.title}" if self.title else self.name


@dataclass(frozen=True)
class TemplateContext:
    """What a template may use about the practice (never a secret, never a patient)."""

    practice: str
    """The practice's name, ``{practice}`` in a template's text."""
    timezone: str
    """The practice's IANA zone: days and times in a template are read and written in it."""
    phone: str = ""
    """The contact details in practice.toml, each empty when not given there: leave an empty
    one out of the post (a practice's TOML template that names it is refused)."""
    website: str = ""
    portal_url: str = ""
    """Where patients are sent instead of discussing their care in a public reply."""
    trusted_sources: tuple[str, ...] = ()
    """Hosts a link may point to without a warning."""
    providers: tuple[Provider, ...] = ()
    """The staff marked as providers, whom a template may name."""
    now: datetime = field(default_factory=clock.now)

    @property
    def tz(self) -> ZoneInfo:
        return clock.zone(self.timezone)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.tz).date()

    def day(self, day: date) -> str:
        """'Monday, January 12' (the compliance guard can read '12 Jan' as a patient's date)."""
        return clock.long_day(day)

    def moment(self, when: datetime) -> str:
        """'Thursday, January 15 at 6 pm' in the practice's timezone."""
        local = when.astimezone(self.tz)
        hour = local.strftime("%-I")
        minutes = f":{local.minute:02d}" if local.minute else ""
        return f"{self.day(local.date())} at {hour}{minutes} {local.strftime('%p').lower()}"

    def contact(self) -> str:
        """'Questions? Call +1 312-555-0142 or visit https://...' (empty when none)."""
        ways = ways_to_reach(self.phone, self.portal_url or self.website)
        return f"Questions? {ways.capitalize()}." if ways else ""


@dataclass(frozen=True)
class PlannedPost:
    """One post a template wants: text, kind, link, an optional image card, and a time
    (None: as soon as it is approved)."""

    text: str
    kind: str = "general"
    link: str | None = None
    card: Card | None = None
    scheduled_at: datetime | None = None
    label: str = ""


@runtime_checkable
class PostTemplate(Protocol):
    """What ``register_post_templates`` takes: read-only ``key``, ``title``, ``kind``,
    ``description`` and ``fields`` (a frozen dataclass fits), and ``render``."""

    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def fields(self) -> Sequence[TemplateField]: ...

    def render(
        self, values: Mapping[str, Any], context: TemplateContext
    ) -> Sequence[PlannedPost]: ...


@dataclass(frozen=True)
class Prepared:
    """A template filled in: the posts it makes, and what the person should know first."""

    template: PostTemplate
    posts: tuple[PlannedPost, ...]
    warnings: tuple[str, ...] = ()


# ----------------------------------------------------------------------------- practice TOML

CONTEXT_NAMES = ("practice", "phone", "website", "portal_url", "contact")

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


def _placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of a template text; anything else in braces (a format
    width, a conversion, an attribute) is refused, as it could make text of any size."""
    names = set()
    for match in _PLACEHOLDER.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None or not _NAME.match(name):
            raise ValueError(
                f"{token!r} is not a placeholder: write {{name}} with a field or practice "
                "detail name (no format, conversion or attribute), and {{ or }} for a brace"
            )
        names.add(name)
    return names


def fill_in(text: str, words: Mapping[str, str]) -> str:
    """``text`` with each ``{name}`` replaced by its words; nothing else is interpreted, so a
    template cannot ask for a 2 GB field width or an object's attribute."""
    _placeholders(text)

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return words[match.group(1)]

    return _PLACEHOLDER.sub(one, text)


@dataclass(frozen=True)
class TomlTemplate:
    """A practice's own template, read from ``<home>/templates/<name>.toml``."""

    key: str
    """``medsocial templates use KEY``: lower case, digits, - and _. It replaces a plugin's
    template of the same key."""
    title: str
    """What the template picker shows (the file's ``title``, or its key)."""
    kind: str
    """The kind of the posts it writes: one of the post kinds in config."""
    description: str
    fields: tuple[TemplateField, ...]
    """What it asks for, from the file's ``[[fields]]``, in their order."""
    text: str
    """The post's words, with ``{name}`` for a field's answer or a practice detail
    (``{practice}``, ``{phone}``, ``{website}``, ``{portal_url}``, ``{contact}``)."""
    link: str = ""
    card: Mapping[str, str] = field(default_factory=dict)
    """The file's ``[card]``: title, body, label, footer and alt_text, with the same
    placeholders; empty, the post has no card."""
    source: Path | None = None
    """The file it was read from."""

    def render(self, values: Mapping[str, Any], context: TemplateContext) -> list[PlannedPost]:
        words = _words(values, context)
        sources = [self.text, self.link, *self.card.values()]
        if self.card and "footer" not in self.card:
            sources.append("{website}")
        used = set().union(*(_placeholders(source) for source in sources))
        empty = sorted(name for name in used & set(CONTEXT_NAMES) if not words[name])
        if empty:
            raise UsageError(
                f"the template uses {{{empty[0]}}}, but practice.toml gives no "
                f"{empty[0].replace('contact', 'phone, website or portal_url')}",
                fix=f'add {"phone" if empty[0] == "contact" else empty[0]} = "..." under '
                "[practice] in practice.toml; nothing is posted with a blank in its place",
            )
        card = None
        if self.card:
            card = Card(
                title=fill_in(self.card.get("title", ""), words),
                body=fill_in(self.card.get("body", ""), words),
                label=fill_in(self.card.get("label", ""), words),
                footer=fill_in(self.card.get("footer", "{website}"), words),
                alt_text=fill_in(self.card.get("alt_text", ""), words),
            )
        link = fill_in(self.link, words) if self.link else None
        return [PlannedPost(fill_in(self.text, words).strip(), self.kind, link or None, card)]


def _words(values: Mapping[str, Any], context: TemplateContext) -> dict[str, str]:
    """Field values as text for ``str.format``, plus the practice's own details."""
    words = {
        "practice": context.practice,
        "phone": context.phone,
        "website": context.website,
        "portal_url": context.portal_url,
        "contact": context.contact(),
    }
    for name, value in values.items():
        if isinstance(value, Provider):
            words[name] = value.name
        elif isinstance(value, datetime):
            words[name] = context.moment(value)
        elif isinstance(value, date):
            words[name] = context.day(value)
        elif isinstance(value, timedelta):
            words[name] = f"{int(value.total_seconds() // 60)} minutes"
        else:
            words[name] = "" if value is None else str(value)
    return words


def load_toml_template(path: Path) -> TomlTemplate:
    """Read one practice template; errors name the file and the key to fix."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the template ({exc})", where=str(path)) from None

    def need(key: str, default: Any = ...) -> Any:
        value = data.get(key, default)
        if value is ...:
            raise ConfigError(
                f"{key} is missing", where=f"{path}, key {key}", fix=f"add {key} = ..."
            )
        if not isinstance(value, type(default) if default is not ... else str):
            raise ConfigError(f"{key} should be text", where=f"{path}, key {key}")
        return value

    key = need("key")
    if not re.match(r"^[a-z0-9][a-z0-9_-]{0,39}$", key):
        raise ConfigError(
            f"key {key!r} is not usable", where=f"{path}, key key", fix="lowercase, digits, - and _"
        )
    kind = need("kind", "general")
    if kind not in POST_KINDS:
        raise ConfigError(
            f"kind {kind!r} is unknown", where=f"{path}, key kind", fix=", ".join(POST_KINDS)
        )
    fields: list[TemplateField] = []
    for index, raw in enumerate(data.get("fields", [])):
        where = f"{path}, fields[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise ConfigError("each [[fields]] needs a name", where=where)
        if raw.get("kind", "text") not in FIELD_KINDS:
            raise ConfigError(
                f"field kind {raw.get('kind')!r} is unknown",
                where=where,
                fix=", ".join(FIELD_KINDS),
            )
        fields.append(
            TemplateField(
                name=raw["name"],
                label=str(raw.get("label", raw["name"])),
                kind=str(raw.get("kind", "text")),
                help=str(raw.get("help", "")),
                required=bool(raw.get("required", True)),
                default=str(raw.get("default", "")),
            )
        )
    text = need("text")
    card = data.get("card", {})
    if not isinstance(card, dict):
        raise ConfigError("[card] must be a table", where=f"{path}, key card")
    known = {f.name for f in fields} | set(CONTEXT_NAMES)
    for source in [text, need("link", ""), *(str(v) for v in card.values())]:
        try:
            unknown = _placeholders(source) - known
        except ValueError as exc:
            raise ConfigError(
                str(exc), where=str(path), fix="use plain {name} placeholders"
            ) from None
        if unknown:
            raise ConfigError(
                f"{{{sorted(unknown)[0]}}} is neither a field nor a practice detail",
                where=str(path),
                fix="add it under [[fields]] or use one of " + ", ".join(CONTEXT_NAMES),
            )
    return TomlTemplate(
        key=key,
        title=need("title", key),
        kind=kind,
        description=need("description", ""),
        fields=tuple(fields),
        text=text,
        link=need("link", ""),
        card={str(k): str(v) for k, v in card.items()},
        source=path,
    )


def practice_templates(practice: Practice) -> tuple[list[TomlTemplate], list[ConfigError]]:
    """The practice's own templates, and the files that could not be read (reported, not
    fatal: the other templates still work)."""
    folder = practice.home.root / TEMPLATES_DIR
    found: list[TomlTemplate] = []
    errors: list[ConfigError] = []
    if not folder.is_dir():
        return found, errors
    for path in sorted(folder.glob("*.toml")):
        try:
            found.append(load_toml_template(path))
        except ConfigError as exc:
            errors.append(exc)
    return found, errors


def available(practice: Practice) -> dict[str, PostTemplate]:
    """Every template by key: the plugins', then the practice's own (which win)."""
    templates: dict[str, PostTemplate] = dict(practice.plugins.templates)
    own, _ = practice_templates(practice)
    templates.update({t.key: t for t in own})
    return dict(sorted(templates.items(), key=lambda item: (item[1].kind, item[1].title)))


def find(practice: Practice, key: str) -> PostTemplate:
    templates = available(practice)
    if key not in templates:
        raise NotFound(
            f"no template {key!r}",
            fix="`medsocial templates` lists them: " + ", ".join(templates),
        )
    return templates[key]


def source_of(template: PostTemplate) -> str:
    path = getattr(template, "source", None)
    return f"practice ({path.name})" if path else "plugin"


# ----------------------------------------------------------------------------- filling in


def _providers(store: Any) -> list[Any]:
    from medsocial_tui.records.staff import providers

    return providers(store)


def context_for(practice: Practice) -> TemplateContext:
    config = practice.config
    return TemplateContext(
        practice=config.name,
        timezone=config.timezone,
        phone=config.phone,
        website=config.website,
        portal_url=config.portal_url,
        trusted_sources=tuple(config.trusted_sources),
        providers=tuple(Provider(m.login, m.name, m.title) for m in _providers(practice.store)),
    )


def parse_duration(text: str) -> timedelta:
    """'1 hour', '30 min', '90', '2h' -> a timedelta."""
    match = re.match(
        r"^\s*(\d+)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)?\s*$", text.lower()
    )
    if not match:
        raise UsageError(f"cannot read {text!r} as a duration", fix="write 1 hour or 30 min")
    amount = int(match.group(1))
    unit = match.group(2) or "min"
    return timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount)


def find_provider(context: TemplateContext, text: str) -> Provider:
    wanted = text.strip().lower()
    for person in context.providers:
        if wanted in (person.login.lower(), person.name.lower()):
            return person
    matches = [p for p in context.providers if wanted and wanted in p.name.lower()]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(f"{p.name} ({p.login})" for p in context.providers) or "none yet"
    raise UsageError(
        f"{text!r} is not a provider on the staff list",
        fix=f"pick one of: {names}; an admin marks providers with `medsocial staff`",
    )


def read_values(
    template: PostTemplate,
    raw: Mapping[str, str],
    context: TemplateContext,
    *,
    online: bool = True,
) -> tuple[dict[str, Any], list[str]]:
    """The fields as values (days, times, providers, checked links) and warnings in words."""
    from medsocial_tui.compose import links
    from medsocial_tui.operations.hours import parse_days

    values: dict[str, Any] = {}
    warnings: list[str] = []
    for spec in template.fields:
        text = str(raw.get(spec.name, "") or spec.default).strip()
        if not text:
            if spec.required:
                raise UsageError(f"{spec.label} is needed", fix=spec.help or f"fill in {spec.name}")
            values[spec.name] = None
            continue
        if spec.kind == "day":
            values[spec.name] = parse_days(text, context.today)[0]
        elif spec.kind == "datetime":
            from medsocial_tui.when import parse_when

            # a post's time, as compose asks for it: "tomorrow" alone was read as this minute
            values[spec.name] = parse_when(text, context.tz, base=context.now, needs_time=True)
        elif spec.kind == "provider":
            values[spec.name] = find_provider(context, text)
        elif spec.kind == "duration":
            values[spec.name] = parse_duration(text)
        elif spec.kind == "url":
            checked = links.check(text, context.trusted_sources)
            if checked.warning:
                warnings.append(checked.warning)
            values[spec.name] = checked.url
            values[f"{spec.name}_title"] = links.fetch_title(checked.url) if online else None
        else:
            values[spec.name] = text
    return values, warnings


def prepare(
    practice: Practice, key: str, raw: Mapping[str, str], *, online: bool = True
) -> Prepared:
    """Fill template ``key`` with the person's answers, ready to preview or save."""
    from medsocial_tui.compose import links

    template = find(practice, key)
    context = context_for(practice)
    values, warnings = read_values(template, raw, context, online=online)
    try:
        posts = tuple(template.render(values, context))
    except (KeyError, ValueError, IndexError) as exc:
        raise UsageError(
            f"the template {key!r} could not be filled: {exc}",
            where=str(getattr(template, "source", "") or "") or None,
            fix="check its placeholders and fields",
        ) from None
    if not posts:
        raise UsageError(f"the template {key!r} made no post")
    if any(post.card is not None and not post.card.footer.strip() for post in posts):
        warnings.append(
            "the card's footer is empty: practice.toml gives no website or phone "
            "(add them under [practice] so the card says how to reach you)"
        )
    for post in posts:
        if post.kind not in POST_KINDS:
            raise UsageError(f"the template {key!r} made a post of unknown kind {post.kind!r}")
        if post.link and not links.is_trusted(links.host_of(post.link), context.trusted_sources):
            warning = links.check(post.link, context.trusted_sources).warning
            if warning not in warnings:
                warnings.append(warning)
    return Prepared(template, posts, tuple(warnings))


def create_posts(practice: Practice, prepared: Prepared, accounts: Sequence[str]) -> list[Post]:
    """Save the prepared posts as drafts (image cards rendered and attached) for review."""
    from medsocial_tui import cards
    from medsocial_tui.publishing import queue

    created: list[Post] = []
    for planned in prepared.posts:
        media: list[dict[str, Any]] = []
        if planned.card is not None:
            media.append(
                cards.save(
                    planned.card,
                    practice.home.media_dir,
                    practice.home.root,
                    dict(practice.config.colors),
                    practice.config.name,
                )
            )
        created.append(
            queue.create(
                practice,
                queue.Compose(
                    text=planned.text,
                    accounts=list(accounts),
                    kind=planned.kind,
                    link=planned.link,
                    media=media,
                    options={"template": prepared.template.key, "part": planned.label},
                    scheduled_at=planned.scheduled_at,
                ),
            )
        )
    return created


def default_accounts(practice: Practice) -> list[str]:
    """The accounts a template's posts go to unless the person chooses: every connected one."""
    from medsocial_tui.operations.hours_plan import connected_accounts

    return connected_accounts(practice)
