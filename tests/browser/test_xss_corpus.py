"""The XSS corpus (tests/security/xss_corpus.py) through every authored field, rendered in Chromium.

Each vector is saved the way its field is written in real use: lesson and quiz blocks are
validated by their blocks (as the editor's form does) and the pages saved, so rich text passes
the sanitiser on save (one lesson is also saved again from the Wagtail editor in the browser);
page, image, document, program, role and unit names go through the validation of their admin
form fields; officials' names and positions go through the import service the HR upload page
runs, and a hostile file is uploaded on that page. Many vectors share a page
(a lesson holds a group of them in every kind of block, a quiz holds one question per vector,
a unit tree and an import file are named by them).

The browser ignores the Content-Security-Policy here (``bypass_csp``): the pages must be safe
in a browser that has no CSP at all. Before any page loads, ``window.__xss`` (which every
vector calls when it runs) and ``alert``/``confirm``/``prompt``/``print`` report to the test,
and dialogs are recorded. Every page is also scanned twice, as served (parsed inertly) and as
the live DOM, for markup a vector could only have put there: an event handler, a script or
style carrying the marker, a javascript:/vbscript:/data: URL, a reference to the reserved
host ``xss.invalid``, a marker inside a comment, an unexpected attribute carrying the marker.
Plain-text fields are also checked to show each vector as text, so a page that lost its
content cannot pass unnoticed. Where many pages share one template (the other courses' pages,
certificate verification pages), some are rendered and the rest fetched and scanned as served.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks import StreamValue

from tests.browser.conftest import LIVE_DB
from tests.conftest import MFAClient
from tests.security.xss_corpus import BY_ID, CORPUS, FAMILIES, Vector, bundles, joined

pytestmark = [pytest.mark.browser, LIVE_DB]

INIT_SCRIPT = r"""
(() => {
  const executed = [];
  const report = (what) => {
    executed.push(String(what));
    try { window.__xssReport(String(what)); } catch (error) { /* reported through __xssExecuted instead */ }
  };
  const define = (name, value) => Object.defineProperty(window, name, {value, writable: false, configurable: false});
  define("__xss", (id) => report(id));
  define("__xssExecuted", executed);
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    define(name, (message) => report(`${name}(${message})`));
  }
})();
"""

# Markup that only an injected vector could have produced, in a document parsed from the
# served HTML (inert: nothing runs) and in the live page.
SCAN_SCRIPT = r"""
([served, strict, live = true]) => {
  const MARKS = ["__xss", "xss.invalid"];
  const marked = (text) => !!text && MARKS.some((mark) => text.includes(mark));
  const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "data", "poster", "background", "dynsrc",
    "lowsrc", "codebase", "xlink:href", "srcset", "ping", "cite", "longdesc", "manifest", "icon", "classid",
    "archive", "to", "from", "values", "datasrc"]);
  // Attributes where text (escaped) legitimately shows a vector: names, labels, form values, ids.
  const CARRIERS = new Set(["value", "alt", "title", "placeholder", "id", "href", "content", "label", "for",
    "name", "class"]);
  const badUrl = (tag, value) => {
    const compact = value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
    if (/^(javascript|vbscript|livescript|mocha):/.test(compact)) return true;
    if (/^([a-z]+:)?\/\/xss\.invalid/.test(compact)) return true;
    return compact.startsWith("data:") && !(tag === "img" && /^data:image\/(png|gif|jpe?g|webp)/.test(compact));
  };
  const scan = (root, where) => {
    const problems = [];
    const say = (what) => problems.push(`${where}: ${what.slice(0, 240)}`);
    const walk = (node) => {
      const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT;
      const walker = (node.ownerDocument || node).createTreeWalker(node, show);
      for (let current = walker.currentNode; current; current = walker.nextNode()) {
        if (current.nodeType === Node.COMMENT_NODE) {
          if (marked(current.data)) say(`comment <!--${current.data}-->`);
          continue;
        }
        if (current.nodeType !== Node.ELEMENT_NODE) continue;
        const tag = current.localName;
        for (const attribute of current.attributes) {
          const name = attribute.name.toLowerCase();
          const value = attribute.value;
          const shown = `<${tag} ${name}="${value}">`;
          if (name.startsWith("on")) {
            if (strict || marked(value)) say(`event handler ${shown}`);
          } else if (name === "srcdoc") {
            say(`srcdoc ${shown}`);
          } else if (URL_ATTRIBUTES.has(name) && badUrl(tag, value)) {
            say(`URL ${shown}`);
          } else if (name === "style" && (marked(value) || /expression|javascript:|behavior|binding/i.test(value))) {
            say(`style ${shown}`);
          } else if (marked(value) && !CARRIERS.has(name) && !name.startsWith("data-") && !name.startsWith("aria-")) {
            say(`attribute ${shown}`);
          }
        }
        if (tag === "script") {
          const type = (current.getAttribute("type") || "").toLowerCase();
          if ((!type || /javascript|ecmascript|module/.test(type)) && marked(current.textContent)) {
            say(`script ${current.outerHTML}`);
          }
        } else if (tag === "style" && marked(current.textContent)) {
          say(`style element ${current.outerHTML}`);
        } else if (tag === "meta" && current.httpEquiv) {
          const content = current.getAttribute("content") || "";
          if (marked(content) || /javascript:|data:|utf-7|url=\s*[a-z]+:/i.test(content)) {
            say(`meta ${current.outerHTML}`);
          }
        } else if (tag === "template") {
          walk(current.content);
        }
      }
    };
    walk(root);
    return problems;
  };
  const problems = live ? scan(document, "live page") : [];
  if (served !== null) problems.push(...scan(new DOMParser().parseFromString(served, "text/html"), "served HTML"));
  return problems;
}
"""

# Which of the expected texts the page does not show (whitespace and controls ignored, as
# the HTML parser and the form fields may change them).
MISSING_TEXT_SCRIPT = r"""
([expected, served = null]) => {
  const norm = (text) => text.replace(/[\s\u0000-\u001f\u007f\ufffd]/g, "");
  const root = served === null ? document : new DOMParser().parseFromString(served, "text/html");
  const shown = norm(root.documentElement.textContent);
  return expected.filter((text) => !shown.includes(norm(text)));
}
"""


# Answers every practice check of a lesson with its first (wrong) choice, one after the other:
# lesson.js posts each answer and puts the server's result (feedback, right answer,
# explanation) into the page.
ANSWER_PRACTICE_SCRIPT = r"""
async () => {
  for (const form of document.querySelectorAll("form[data-practice]")) {
    const result = form.querySelector(".practice-result");
    form.querySelector("input[value='0']").checked = true;
    form.requestSubmit();
    const started = Date.now();
    while (!result.textContent.trim()) {
      if (Date.now() - started > 10000) throw new Error(`no practice result in ${form.id}`);
      await new Promise((done) => setTimeout(done, 5));
    }
  }
}
"""


# --- Saving as the forms do --------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[\s\x00-\x1f\x7f\ufffd]", "", text)


def form_text(value: str, max_length: int | None = None, *, required: bool = True) -> str | None:
    """``value`` as an admin form's text field would save it, or None when the form refuses it."""
    try:
        return forms.CharField(max_length=max_length, required=required).clean(value)
    except ValidationError:
        return None


@dataclass
class Coverage:
    """Which vectors were saved in which field, and which a form refused."""

    placed: dict[str, set[str]] = field(default_factory=dict)
    refused: dict[str, set[str]] = field(default_factory=dict)

    def place(self, name: str, vectors: list[Vector]) -> None:
        self.placed.setdefault(name, set()).update(vector.id for vector in vectors)

    def refuse(self, name: str, vectors: list[Vector]) -> None:
        self.refused.setdefault(name, set()).update(vector.id for vector in vectors)

    def summary(self) -> str:
        """Per field: how many vectors were saved, which the form refused, which did not fit its length."""
        lines = [f"{len(CORPUS)} vectors, {len(self.placed)} fields"]
        for name in sorted(self.placed):
            refused = self.refused.get(name, set()) - self.placed[name]
            left_out = set(BY_ID) - self.placed[name] - refused
            line = f"  {name}: {len(self.placed[name])} saved"
            line += f", refused {sorted(refused)}" if refused else ""
            line += f", too long or not tried {sorted(left_out)}" if left_out else ""
            lines.append(line)
        return "\n".join(lines)


def text_field(coverage: Coverage, name: str, group: list[Vector], max_length: int | None) -> str | None:
    """The group's payloads joined, as the form saves them; vectors the form refuses are left out."""
    kept = [vector for vector in group if form_text(vector.payload, max_length) is not None]
    coverage.refuse(name, [vector for vector in group if vector not in kept])
    value = form_text(joined(kept), max_length) if kept else None
    if value is None:
        coverage.refuse(name, kept)
        return None
    coverage.place(name, kept)
    return value


@dataclass
class Item:
    """A block as an author fills it in: its type, its raw value, and which vectors each of its fields carries."""

    name: str
    raw: dict | str
    carries: dict[str, list[Vector]]


def item(name: str, raw: dict | str, fields: list[str], vectors: list[Vector]) -> Item:
    """A block whose fields all carry the same vectors."""
    return Item(name, raw, dict.fromkeys(fields, vectors))


def validated(stream_block, items: list[Item], coverage: Coverage) -> StreamValue:
    """The blocks as the editor's form validates them; a block the form refuses is left out."""
    stream = stream_block.to_python([{"type": entry.name, "value": entry.raw} for entry in items])
    kept = []
    for entry, child in zip(items, stream, strict=True):  # chosen images and documents are fetched in bulk
        try:
            value = stream_block.child_blocks[entry.name].clean(child.value)
        except ValidationError:
            for name, vectors in entry.carries.items():
                coverage.refuse(name, vectors)
            continue
        for name, vectors in entry.carries.items():
            coverage.place(name, vectors)
        kept.append((entry.name, value))
    return StreamValue(stream_block, kept)


# --- Watching the browser ----------------------------------------------------------------------


@dataclass
class Watch:
    """Executions, dialogs and scan findings over all the pages of a test."""

    live_url: str
    executed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)

    def page(self, new_page, session: str | None = None):
        page = new_page(bypass_csp=True)
        context = page.context
        context.expose_binding(
            "__xssReport", lambda source, what: self.executed.append(f"{source['frame'].url}: {what}")
        )
        context.add_init_script(INIT_SCRIPT)
        # Nothing may be fetched from elsewhere: such a request is aborted and reported.
        context.route(lambda url: not url.startswith(self.live_url), lambda route: route.abort())
        page.on("requestfailed", lambda request: self._request_failed(page, request.url))
        page.on(
            "dialog", lambda dialog: (self.executed.append(f"{page.url}: dialog {dialog.message}"), dialog.dismiss())
        )
        if session:
            context.add_cookies([{"name": "sessionid", "value": session, "url": self.live_url}])
        return page

    def _request_failed(self, page, url: str) -> None:
        if not url.startswith(self.live_url):  # a request to this site cut short by navigating is fine
            self.problems.append(f"{page.url}: request to {url}")

    def visit(self, page, url: str, *, shows: list[str] = (), strict: bool = True, status: int = 200):
        response = page.goto(url)
        assert response is not None and response.status == status, f"{url}: {response and response.status}"
        self.check(page, url, served=response.text(), shows=shows, strict=strict)
        return response

    def fetch(self, page, url: str, *, shows: list[str] = (), status: int = 200) -> None:
        """A page fetched and scanned as served, not rendered (many pages of one template, an error page)."""
        response = page.request.get(url)
        assert response.status == status, f"{url}: {response.status}"
        served = response.text()
        self.fetched.append(url)
        self.problems += [f"{url}: {problem}" for problem in page.evaluate(SCAN_SCRIPT, [served, True, False])]
        missing = page.evaluate(MISSING_TEXT_SCRIPT, [[text for text in shows if text], served])
        self.problems += [f"{url}: not shown as text: {text[:120]!r}" for text in missing]

    def listing(self, page, url: str, titles: list[str]) -> None:
        """Every page of an admin listing; together they must show every title."""
        shown, number = "", 1
        while True:
            self.visit(page, f"{url}?p={number}", strict=False)
            # Listings may shorten a title in the text and give it whole in a tooltip.
            shown += page.evaluate("""() => document.body.textContent + [...document.querySelectorAll("[title]")]
              .map((element) => element.title).join(" ")""")
            number += 1
            if not page.locator(f"a[href*='p={number}']").count():
                break
        missing = [title for title in titles if _norm(title) not in _norm(shown)]
        self.problems += [f"{url}: not listed: {title[:120]!r}" for title in missing]

    def check(self, page, label: str, *, served: str | None = None, shows: list[str] = (), strict: bool = True):
        self.pages.append(label)
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        self.problems += [f"{label}: {problem}" for problem in page.evaluate(SCAN_SCRIPT, [served, strict])]
        self.executed += [f"{label}: {what}" for what in page.evaluate("() => window.__xssExecuted")]
        missing = page.evaluate(MISSING_TEXT_SCRIPT, [[text for text in shows if text]])
        self.problems += [f"{label}: not shown as text: {text[:120]!r}" for text in missing]

    def assert_clean(self, coverage: Coverage) -> None:
        print(f"\n{coverage.summary()}\n{len(self.pages)} pages rendered, {len(self.fetched)} more fetched and scanned")
        executed = sorted(set(self.executed))
        assert executed == [], "vectors executed:\n" + "\n".join(executed)
        assert self.problems == [], "\n".join(self.problems)


def session_for(user) -> str:
    """A session cookie for ``user``, signed in as they would be (with the TOTP step when enrolled)."""
    from django.conf import settings

    client = MFAClient()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def hostile_image(title: str):
    """A Wagtail image (a tiny one: every listing and lesson makes renditions of it)."""
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    return Image.objects.create(title=title, file=get_test_image_file(size=(8, 6)))


def hostile_document(title: str, name: str = "tai-lieu.pdf", content: bytes = b"%PDF-1.4\n"):
    from wagtail.documents.models import Document

    document = Document(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def test_the_self_checks_see_injected_vectors(browser):
    """The scan and the execution hooks do see vectors that reach a page unescaped."""
    from django.utils.html import escape

    context = browser.new_context(bypass_csp=True)
    try:
        executed: list[str] = []
        context.expose_binding("__xssReport", lambda source, what: executed.append(what))
        context.add_init_script(INIT_SCRIPT)
        context.route("**/*", lambda route: route.abort())
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.dismiss())
        # Two vectors of each family, one document each (some vectors together crash Chromium).
        sample = [vector for vectors in FAMILIES.values() for vector in vectors[:2]]
        for vector in sample:
            page.set_content(f"<!doctype html><title>x</title><body><div>{vector.payload}</div></body>")
        page.wait_for_timeout(200)
        ran = {what for what in executed if what in {vector.id for vector in sample}}
        # The classics must run when injected, or the hooks would prove nothing.
        assert {"v001", "v048"} <= ran, sorted(ran)
        assert len(ran) >= 12, sorted(ran)
        flagged = 0
        for vector in CORPUS:
            if page.evaluate(SCAN_SCRIPT, [f"<body><div>{vector.payload}</div></body>", False, False]):
                flagged += 1
        assert flagged >= len(CORPUS) * 3 // 4, flagged
        page.set_content("<body>" + "".join(f"<p>{escape(vector.payload)}</p>" for vector in CORPUS) + "</body>")
        assert page.evaluate(SCAN_SCRIPT, [None, True]) == []
        print(f"\nraw vectors: {len(ran)} of {len(sample)} ran, {flagged} of {len(CORPUS)} flagged by the scan")
    finally:
        context.close()


# --- Authored content: lessons, course, quiz, images and documents ----------------------------


def rich(vector: Vector) -> str:
    """Rich text holding the vector after a paragraph of its own, so that the editor, which refuses
    rich text left empty by the sanitiser, keeps it."""
    return f"<p>{vector.id}</p>{vector.payload}"


def _lesson_blocks(group: list[Vector], media: dict) -> list[Item]:
    """Each vector of the group in every kind of lesson block but practice checks.

    Fields short enough for one vector get a block per vector; longer fields, and the blocks that
    cost an image rendition, get the whole group joined.
    """
    items = []
    for vector in group:
        text = vector.payload
        items += [
            item("heading", {"text": text, "level": "h2"}, ["heading"], [vector]),
            item("text", rich(vector), ["rich text"], [vector]),
            item("steps", {"title": text, "steps": [{"instruction": text, "screenshot": None, "screenshot_alt": ""}]},
                 ["steps title", "step instruction"], [vector]),
            item("callout", {"kind": "warning", "title": text, "text": rich(vector)},
                 ["callout title", "callout rich text"], [vector]),
            item("takeaways", {"title": text, "items": [text, "Ghi nhớ"]}, ["takeaways title", "takeaway item"],
                 [vector]),
            item("document", {"document": media["document"].pk, "title": text, "description": text},
                 ["document link text", "document description"], [vector]),
            item("data_table", {"title": text, "columns": f"{text} | %", "rows": [
                {"label": text, "values": "90"}, {"label": "Khác", "values": "40"}], "chart": "bar", "chart_column": 1,
                "unit": text if len(text) <= 20 else "%", "caption": text},
                 ["data table title", "data table columns", "data table row label", "data table caption"], [vector]),
        ]  # fmt: skip
    # A NUL byte makes the form refuse a whole field: such vectors stay out of the joined ones.
    typed = [vector for vector in group if form_text(vector.payload) is not None]
    together = joined(typed)
    items += [
        item("image", {"image": media["image"].pk, "alt_text": together, "caption": together},
             ["image alt text", "image caption"], typed),
        item("steps", {"title": "Ảnh", "steps": [{"instruction": together, "screenshot": media["image"].pk,
                                                   "screenshot_alt": together}]}, ["screenshot alt text"], typed),
        item("video", {"video": media["video"].pk, "captions": media["captions"].pk, "captions_language": "vi",
                       "transcript": together}, ["video transcript"], typed),
    ]  # fmt: skip
    return items


def _practice_blocks(group: list[Vector]) -> list[Item]:
    """Practice checks answered wrongly in the browser: the feedback, every right answer and the explanation show."""
    typed = [vector for vector in group if form_text(vector.payload) is not None]
    items = []
    for start in range(0, len(typed), 5):
        chunk = typed[start : start + 5]
        text = joined(chunk)
        choices = [{"text": "Sai", "correct": False, "feedback": text}]
        choices += [{"text": vector.payload, "correct": True, "feedback": ""} for vector in chunk]
        items.append(item("practice", {"question": text, "explanation": text, "choices": choices},
                          ["practice question", "practice answer", "practice feedback", "practice explanation"],
                          chunk))  # fmt: skip
    return items


def _quiz_questions(image) -> list[Item]:
    """One question per vector, of the three kinds in turn. True/false questions have no answer texts:
    their vectors are also the wrong answers of choice questions; and more true/false questions carry
    the vectors in their feedback, a group at a time."""
    kinds = ["single", "multiple", "true_false"]
    statements = [vector for number, vector in enumerate(CORPUS) if number % 3 == 2]
    items = []
    for number, vector in enumerate(CORPUS):
        kind, text = kinds[number % 3], vector.payload
        fits = form_text(text, 250) is not None
        common = {
            "text": rich(vector),
            "image": image.pk,
            "image_alt": text if fits else "Ảnh",
            "explanation": rich(vector),
        }
        carries = {
            "quiz question": [vector],
            "quiz explanation": [vector],
            "quiz image alt text": [vector] if fits else [],
        }
        if kind == "true_false":
            raw = {**common, "correct_answer": "true", "feedback_true": "Đúng.", "feedback_false": "Chưa đúng."}
        else:
            wrong = statements[number // 3 % len(statements)]
            answers = [{"text": text, "correct": True, "feedback": text}]
            if form_text(wrong.payload, 300) is not None:
                answers.append({"text": wrong.payload, "correct": False, "feedback": wrong.payload})
                carries["quiz answer"] = carries["quiz answer feedback"] = [vector, wrong]
            else:
                answers.append({"text": "Sai", "correct": False, "feedback": "Chưa đúng."})
                carries["quiz answer"] = carries["quiz answer feedback"] = [vector]
            raw = {**common, "answers": answers, **({"scoring": "all"} if kind == "multiple" else {})}
        items.append(Item(kind, raw, carries))
    for group in bundles([vector for vector in CORPUS if form_text(vector.payload) is not None], 400):
        feedback = joined(group)
        raw = {"text": "<p>Đúng hay sai?</p>", "image": None, "image_alt": "", "explanation": "",
               "correct_answer": "true", "feedback_true": feedback, "feedback_false": feedback}  # fmt: skip
        items.append(Item("true_false", raw, {"quiz true/false feedback": group}))
    return items


def _stored_rich_text(page_model, pk: int, field_name: str) -> list[str]:
    """Every rich-text value of a lesson body or a question pool, as stored in the database."""
    import json

    from django.db import connection

    meta = page_model._meta
    column, key = meta.get_field(field_name).column, meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {meta.db_table} WHERE {key} = %s", [pk])  # noqa: S608 — model metadata
        (raw,) = cursor.fetchone()
    stream = json.loads(raw) if isinstance(raw, str) else raw
    found = []
    for item in stream:
        value = item["value"]
        if item["type"] == "text":
            found.append(value)
        elif item["type"] == "callout":
            found.append(value["text"])
        elif item["type"] in {"single", "multiple", "true_false"}:
            found += [value["text"], value["explanation"]]
    return found


def _placed(coverage: Coverage, field_name: str, vectors) -> list[str]:
    """The payloads of ``vectors`` that were saved in ``field_name`` (what the page must show as text)."""
    ids = coverage.placed.get(field_name, set())
    return [vector.payload for vector in vectors if vector.id in ids]


def test_authored_content_never_runs_a_vector(new_page, live_server, learner, admin_user, tree, settings):
    from courses.factories import catalog_get
    from courses.models import CoursePage, LessonPage, Topic
    from lms.core.sanitize import clean_stored_rich_text
    from quizzes.models import QuizPage
    from quizzes.services import attempt_start

    settings.WAGTAILIMAGES_INDEX_PAGE_SIZE = 100
    coverage = Coverage()
    watch = Watch(live_server.url)
    # Titles hold 255 characters: the corpus is split into groups that fit, one page title each.
    groups = bundles(CORPUS, 250)
    images = [hostile_image(text_field(coverage, "image title", group, 255) or "Ảnh") for group in groups]
    documents = [hostile_document(text_field(coverage, "document title", group, 255) or "Tài liệu") for group in groups]
    media = {
        "image": images[0],
        "document": documents[0],
        "video": hostile_document("Video", "video.mp4", b"\x00\x00\x00\x18ftypmp42"),
        "captions": hostile_document("Phụ đề", "phu-de.vtt", b"WEBVTT\n\n"),
    }
    # One course per group: the catalog shows every title and summary, a course page its audience,
    # outcomes and final quiz's title. The first course holds the lessons and the full quiz; the
    # others have a one-question quiz, whose page shows its introduction.
    summaries, outcome_groups, intros = bundles(CORPUS, 500), bundles(CORPUS, 1900, "\n"), bundles(CORPUS, 1000)
    quiz_block = QuizPage.questions.field.stream_block
    courses, quizzes = [], []
    for number, group in enumerate(groups):
        outcomes = outcome_groups[number % len(outcome_groups)]
        course = CoursePage(
            title=text_field(coverage, "course title", group, 255) or f"Khóa {number}",
            slug="khoa-hoc-xss" if number == 0 else f"khoa-hoc-{number}",
            topic=Topic.EMAIL,
            summary=text_field(coverage, "course summary", summaries[number % len(summaries)], 500) or "Tóm tắt",
            audience=text_field(coverage, "course audience", group, 250) or "",
            learning_outcomes=text_field(coverage, "course learning outcomes", outcomes, 2000) or "",
        )
        catalog_get().add_child(instance=course)
        quiz = QuizPage(
            title=text_field(coverage, "quiz title", group, 255) or "Kiểm tra",
            slug="kiem-tra",
            intro=text_field(coverage, "quiz introduction", intros[number % len(intros)], 1000) or "",
            questions=validated(quiz_block, _quiz_questions(images[0]) if number == 0 else [], coverage),
            max_attempts=1,
            cooldown_minutes=0,
            shuffle_questions=False,
            shuffle_answers=False,
            review_policy="after_last_attempt",
        )
        course.add_child(instance=quiz)
        courses.append(course)
        quizzes.append(quiz)
    course, quiz = courses[0], quizzes[0]
    course.save_revision().publish()
    quiz.save_revision().publish()

    # Every group titles a lesson. The first lesson holds its own group's blocks and is edited in
    # the admin; the other groups' blocks are shared among a few heavy lessons, and their practice
    # checks are gathered in one light lesson (each answer is a request for the lesson's blocks).
    stream_block = LessonPage.body.field.stream_block
    heavy = 3
    items: list[list[Item]] = [[] for _ in range(heavy + 2)]
    items[0] = _lesson_blocks(groups[0], media) + _practice_blocks(groups[0])
    for number, group in enumerate(groups[1:]):
        items[1 + number % heavy] += _lesson_blocks(group, media)
        items[heavy + 1] += _practice_blocks(group)
    body_groups = [groups[0:1], *[groups[1 + number :: heavy] for number in range(heavy)], groups[1:]]
    filler = [item("text", "<p>Nội dung.</p>", [], [])]
    lessons = []
    for number, group in enumerate(groups):
        lesson = LessonPage(
            title=text_field(coverage, "lesson title", group, 255) or f"Bài {number}",
            slug=f"bai-{number}",
            estimated_minutes=20 if number == 0 else 5,
            body=validated(stream_block, items[number] if number < len(items) else filler, coverage),
        )
        course.add_child(instance=lesson)
        if number == 0:  # a revision history for the admin's comparison view
            lesson.save_revision().publish()
        lessons.append(lesson)

    # What the database holds is what the sanitiser let through: cleaning it again changes nothing.
    stored = [text for lesson in lessons for text in _stored_rich_text(LessonPage, lesson.pk, "body")]
    stored += _stored_rich_text(QuizPage, quiz.pk, "questions")
    assert len(stored) >= 4 * len(CORPUS), len(stored)
    assert [text for text in stored if clean_stored_rich_text(text) != text] == []

    # --- The learner's pages: catalog, course, lessons (with practice answers), learning, quiz ---
    page = watch.page(new_page, session_for(learner))
    titles = [lesson.title for lesson in lessons]
    watch.visit(page, "/courses/", shows=[text for each in courses for text in (each.title, each.summary)])
    for number, (each, each_quiz) in enumerate(zip(courses, quizzes, strict=True)):
        shows = [each.title, each.summary, each.audience, *each.outcomes(), each_quiz.title]
        # The course pages of the other courses use the same template: they are scanned as served.
        if number == 0:
            watch.visit(page, each.url, shows=[*shows, *titles])
        else:
            watch.fetch(page, each.url, shows=shows)
        if 0 < number < len(intros):  # the quiz pages that hold another introduction
            watch.fetch(page, each_quiz.url, shows=[each_quiz.title, each_quiz.intro])
    for number, (lesson, holds) in enumerate(zip(lessons, body_groups, strict=False)):
        vectors = [vector for group in holds for vector in group]
        shows = [*_placed(coverage, "heading", vectors), *_placed(coverage, "takeaway item", vectors),
                 *_placed(coverage, "data table row label", vectors)] if number <= heavy else []  # fmt: skip
        practice = _placed(coverage, "practice explanation", vectors) if number in {0, heavy + 1} else []
        watch.visit(page, lesson.url, shows=[*titles, *shows, *practice])
        if practice:
            page.evaluate(ANSWER_PRACTICE_SCRIPT)
            watch.check(page, f"{lesson.url} (practice answered)", shows=practice)
    page.goto(lessons[-1].url)
    with page.expect_navigation():
        page.locator("form[data-finish] button").click()
    watch.check(page, "a lesson finished")
    watch.visit(page, "/learn/", shows=[course.title])
    watch.visit(page, quiz.url, shows=[quiz.title, quiz.intro])
    attempt = attempt_start(official=learner.official, quiz=quiz)
    answers = _placed(coverage, "quiz answer", CORPUS)
    watch.visit(page, f"{quiz.url}attempt/{attempt.pk}/", shows=answers)
    page.evaluate("""() => document.querySelectorAll(".quiz-questions fieldset").forEach((fieldset) => {
      const inputs = fieldset.querySelectorAll("input"); inputs[inputs.length - 1].checked = true; })""")
    with page.expect_navigation():
        page.locator(".quiz-form button[type=submit]").click()
    assert "/result/" in page.url, page.url
    feedback = [
        *_placed(coverage, "quiz answer feedback", CORPUS),
        *_placed(coverage, "quiz true/false feedback", CORPUS),
    ]
    watch.check(page, "quiz result", shows=[*answers, *feedback])

    # --- The Wagtail admin -------------------------------------------------------------------------
    # The admin runs inline scripts of its own: there only handlers carrying a marker count.
    admin = watch.page(new_page, session_for(admin_user))
    watch.visit(admin, "/admin/", strict=False)
    # Ordered as in the tree, the explorer lists every child on one page.
    watch.visit(admin, f"/admin/pages/{course.pk}/?ordering=ord", strict=False, shows=[course.title, *titles])
    lesson = lessons[0]
    watch.visit(admin, f"/admin/pages/{lesson.pk}/edit/", strict=False, shows=[lesson.title])
    # Saved through the editor itself: the form posts every block back, and the long-lesson
    # warning names the title.
    with admin.expect_navigation():
        admin.locator("button.action-save").first.click()
    assert lesson.revisions.count() == 2, "the editor did not save the lesson"
    watch.check(admin, "lesson saved in the editor", strict=False, shows=[lesson.title])
    watch.visit(admin, f"/admin/pages/{lesson.pk}/revisions/compare/earliest...latest/", strict=False)
    watch.visit(admin, f"/admin/quizzes/{quiz.pk}/analysis/", strict=False, shows=answers)
    watch.listing(admin, "/admin/images/", [image.title for image in images])
    watch.listing(admin, "/admin/documents/", [document.title for document in documents])
    # Chooser modals: their HTML arrives as JSON and the admin inserts it with jQuery.
    for chooser in ("/admin/images/chooser/", "/admin/documents/chooser/", f"/admin/choose-page/{course.pk}/"):
        html = admin.evaluate("(url) => fetch(url, {headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                              ".then((response) => response.json()).then((data) => data.html)", chooser)  # fmt: skip
        admin.evaluate("(html) => { const box = document.createElement('div'); document.body.append(box);"
                       " window.jQuery ? window.jQuery(box).html(html) : (box.innerHTML = html); }", html)  # fmt: skip
        watch.check(admin, f"chooser {chooser}", served=html, strict=False)

    watch.assert_clean(coverage)


# --- Names: units, officials (import), programs, roles, certificates -------------------------


def csv_bytes(rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def record_lines(data: bytes) -> list[int]:
    """The line each record of a CSV file starts on, counted as the import counts them."""
    reader = csv.reader(io.StringIO(data.decode(), newline=""))
    lines, line = [], 1
    for _values in reader:
        lines.append(line)
        line = reader.line_num + 1
    return lines


IMPORT_HEADER = ("employee_code", "full_name", "email", "unit_code", "position", "leader_level", "active")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def test_names_of_people_programs_and_roles_never_run_a_vector(new_page, live_server, hr_a, admin_user, tree, settings):
    from certification.factories import certificate_grant
    from certification.gate import role_assign
    from certification.models import CertificationProgram, ReformRole, RoleRequirement
    from lms.people.importing import officials_import
    from lms.people.models import Official, OfficialImport, UnitKind
    from lms.people.services import unit_create

    settings.LMS_VERIFY_RATE_PER_MINUTE = 10_000
    coverage = Coverage()
    watch = Watch(live_server.url)
    # Names hold 200 characters: one unit, official, program and role per group of the corpus.
    groups = bundles(CORPUS, 200)

    units = [
        unit_create(code=f"XU{number:03d}", name=text_field(coverage, "unit name", group, 200) or f"Phường {number}",
                    kind=UnitKind.WARD, parent=tree.d1)
        for number, group in enumerate(groups)
    ]  # fmt: skip
    programs, roles = [], []
    for number, group in enumerate(groups):
        name = text_field(coverage, "program name", group, 200) or f"Chương trình {number}"
        program = CertificationProgram(code=f"X{number:03d}", name=name, name_en=name, description=joined(group))
        program.full_clean()
        program.save()
        programs.append(program)
        name = text_field(coverage, "role name", group, 200) or f"Vai trò {number}"
        role = ReformRole(code=f"x-{number:03d}", name=name, name_en=name, description=joined(group))
        role.full_clean()
        role.save()
        RoleRequirement.objects.create(role=role, program=program)
        roles.append(role)

    # Officials' names and positions go through the import service the HR upload page runs. First
    # every vector alone, checked only: the import refuses control characters and names over 200
    # characters, and nothing else.
    # (A NUL byte makes the whole CSV file unreadable, so those vectors cannot be in a file at all.)
    importable = [vector for vector in CORPUS if "\x00" not in vector.payload]
    coverage.refuse("official name", [vector for vector in CORPUS if vector not in importable])
    coverage.refuse("official position", [vector for vector in CORPUS if vector not in importable])
    rows = [(f"P{number:03d}", vector.payload, f"p{number}@example.gov.vn", "D1-W1", vector.payload, "", "1")
            for number, vector in enumerate(importable)]  # fmt: skip
    data = csv_bytes([IMPORT_HEADER, *rows])
    report = officials_import(source=io.BytesIO(data), filename="thu.csv", actor=hr_a, dry_run=True, invite=False)
    refused_lines = {error.line for error in report.errors}
    assert report.error_count == len(report.errors) and not report.file_error
    lines = record_lines(data)[1:]
    refused = [vector for vector, line in zip(importable, lines, strict=True) if line in refused_lines]
    unexpected = [vector.id for vector in refused if not CONTROL_CHARACTERS.search(vector.payload)]
    assert [vector_id for vector_id in unexpected if len(BY_ID[vector_id].payload) <= 200] == []
    coverage.refuse("official name", refused)
    coverage.refuse("official position", refused)
    accepted = [vector for vector in importable if vector not in refused]
    name_groups = bundles(accepted, 200)
    rows = [(f"X{number:03d}", joined(group), f"x{number}@example.gov.vn", units[number % len(units)].code,
             joined(group), "", "1") for number, group in enumerate(name_groups)]  # fmt: skip
    report = officials_import(
        source=io.BytesIO(csv_bytes([IMPORT_HEADER, *rows])), filename="can-bo.csv", actor=hr_a, dry_run=False,
        invite=False,
    )  # fmt: skip
    assert report.ok and report.created == len(name_groups), report.errors
    for group in name_groups:
        coverage.place("official name", group)
        coverage.place("official position", group)
    officials = [Official.objects.select_related("unit", "user").get(employee_code=row[0]) for row in rows]

    # Certificates copy the holder's name, unit and program; the first official holds every program.
    certificates = [certificate_grant(official, programs[number % len(programs)])
                    for number, official in enumerate(officials)]  # fmt: skip
    certificates += [certificate_grant(officials[0], program) for program in programs[1:]]
    held = {certificate.official.unit_id for certificate in certificates}
    coverage.placed["certificate holder"] = set(coverage.placed["official name"])
    coverage.placed["certificate program"] = set(coverage.placed["program name"])
    named = coverage.placed["unit name"]
    for unit, group in zip(units, groups, strict=True):
        if unit.pk in held:
            coverage.place("certificate unit", [vector for vector in group if vector.id in named])
    for number, official in enumerate(officials):
        role_assign(official=official, role=roles[number % len(roles)], unit=official.unit, by=hr_a)

    # --- The HR officer's pages -----------------------------------------------------------------
    hr = watch.page(new_page, session_for(hr_a))
    # The upload page itself, with a file whose name and every cell is a vector: the report quotes them.
    watch.visit(hr, "/hr/import/")
    no_slash = [vector for vector in importable if "/" not in vector.payload and "\\" not in vector.payload]
    filename = f"{joined(bundles(no_slash, 200)[0])}.csv"
    hostile = csv_bytes([IMPORT_HEADER, *[(vector.payload,) * len(IMPORT_HEADER) for vector in importable]])
    hr.locator("input[type=file]").set_input_files({"name": filename, "mimeType": "text/csv", "buffer": hostile})
    with hr.expect_navigation():
        hr.locator("form.import-form button[type=submit]").click()
    hr.wait_for_selector("#errors-heading")
    coverage.place("import file name", bundles(no_slash, 200)[0])
    coverage.place("import report", importable)
    job = OfficialImport.objects.get()
    assert job.error_count > len(importable) and job.original_name.endswith(".csv")
    watch.check(hr, "import report", shows=[job.original_name])

    program, unit, official = programs[0], units[0], officials[0]
    unit_names, official_names = [unit.name for unit in units], [official.full_name for official in officials]
    watch.visit(hr, f"/hr/?program={program.code}", shows=[program.name])
    watch.visit(hr, f"/hr/units/D1/?program={program.code}", shows=unit_names)
    watch.visit(hr, f"/hr/units/D1/?program={program.code}&page=2")
    watch.visit(hr, f"/hr/units/{unit.code}/?program={program.code}", shows=[unit.name])
    watch.visit(hr, f"/hr/officials/{official.employee_code}/", shows=[
        official.full_name, official.position, *[program.name for program in programs]])  # fmt: skip
    watch.visit(hr, "/hr/mandates/", shows=[program.name for program in programs])
    for number in (1, 2):
        watch.visit(hr, f"/hr/roles/?page={number}")
    watch.visit(hr, f"/hr/roles/assign/?official={official.employee_code}", shows=[role.name for role in roles])
    watch.visit(hr, f"/hr/roles/officials/{official.employee_code}/", shows=[official.full_name])
    number = 1
    while number == 1 or hr.locator(f"a[href*='page={number}']").count():
        watch.visit(hr, f"/hr/certificates/?page={number}")
        number += 1
    watch.visit(hr, f"/hr/certificates/{certificates[0].pk}/", shows=[official.full_name, unit.name])
    watch.visit(hr, "/hr/flags/")
    # Searches echo what was typed.
    for search in bundles(importable, 200)[:3]:
        query = joined(search)
        for path in ("/hr/certificates/", "/hr/roles/", "/hr/roles/assign/"):
            watch.visit(hr, f"{path}?{urlencode({'q': query})}")
    watch.fetch(hr, f"/verify/?{urlencode({'code': joined(groups[0])})}", status=404)
    watch.visit(hr, "/transparency/")

    # --- The holder and the public verification page ------------------------------------------
    holder = watch.page(new_page, session_for(officials[0].user))
    watch.visit(holder, "/certificates/", shows=[program.name for program in programs])
    # Every eighth verification page is rendered; the others, the same template, are scanned as served.
    for number, certificate in enumerate(certificates[: len(officials)]):
        shows = [certificate.holder_name, certificate.unit_name, certificate.program_name]
        url = f"/verify/{certificate.verification_code}/"
        if number % 8 == 0:
            watch.visit(holder, url, shows=shows)
        else:
            watch.fetch(holder, url, shows=shows)

    # --- Administrators: snippets and the Django admin ---------------------------------------
    admin = watch.page(new_page, session_for(admin_user))
    watch.listing(admin, "/admin/snippets/certification/certificationprogram/", [program.name for program in programs])
    watch.listing(admin, "/admin/snippets/certification/reformrole/", [role.name for role in roles])
    watch.visit(admin, f"/admin/snippets/certification/certificationprogram/edit/{program.pk}/", strict=False)
    watch.visit(admin, f"/admin/snippets/certification/reformrole/edit/{roles[0].pk}/", strict=False)
    watch.visit(admin, "/django-admin/people/unit/", strict=False, shows=unit_names)
    watch.visit(admin, "/django-admin/people/official/?q=X0", strict=False, shows=official_names[:50])

    watch.assert_clean(coverage)
