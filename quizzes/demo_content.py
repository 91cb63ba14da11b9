# ruff: noqa: E501, RUF001 -- long prose lines; typographic quotes and dashes are intended
"""Final quizzes of the three demo courses, as data: Vietnamese with an English version.

``QUIZZES`` is keyed by the slug of the course in ``courses.demo_content``. Each quiz holds a pool of
questions as raw StreamField data for ``quizzes.blocks.QuestionPoolBlock``, in the same order in both
languages. Every question tests something the course's lessons teach, and its explanation refers back
to that practice. All names of units and people are fictional; the demo city is Thành phố An Khang.
"""

from __future__ import annotations

from typing import Any

Answer = tuple[str, bool, str]  # text, correct, feedback
Block = dict[str, Any]


def _rich(paragraphs: str | tuple[str, ...]) -> str:
    """One paragraph or several, as rich text (only <p>, <b> and <i> are used)."""
    if isinstance(paragraphs, str):
        paragraphs = (paragraphs,)
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _question(text: str, explanation: str | tuple[str, ...]) -> Block:
    return {"text": _rich(text), "image": None, "image_alt": "", "explanation": _rich(explanation)}


def _answers(answers: list[Answer]) -> list[dict[str, Any]]:
    return [{"text": text, "correct": correct, "feedback": feedback} for text, correct, feedback in answers]


def single(text: str, explanation: str | tuple[str, ...], answers: list[Answer]) -> Block:
    return {"type": "single", "value": {**_question(text, explanation), "answers": _answers(answers)}}


def multiple(text: str, explanation: str | tuple[str, ...], answers: list[Answer], *, scoring: str) -> Block:
    value = {**_question(text, explanation), "answers": _answers(answers), "scoring": scoring}
    return {"type": "multiple", "value": value}


def true_false(
    text: str, explanation: str | tuple[str, ...], *, correct: bool, feedback_true: str, feedback_false: str
) -> Block:
    value = {
        **_question(text, explanation),
        "correct_answer": "true" if correct else "false",
        "feedback_true": feedback_true,
        "feedback_false": feedback_false,
    }
    return {"type": "true_false", "value": value}


SETTINGS = {
    "pass_mark": 80,
    "max_attempts": 3,
    "cooldown_minutes": 30,
    "time_limit_minutes": 15,
    "draw_count": 6,
    "shuffle_questions": True,
    "shuffle_answers": True,
    "review_policy": "after_last_attempt",
}

TITLE = {"vi": "Bài kiểm tra cuối khóa", "en": "Final quiz"}


def _intro(topic_vi: str, topic_en: str, pool: int) -> dict[str, str]:
    s = SETTINGS
    return {
        "vi": (
            f"Bài kiểm tra giúp anh/chị tự đánh giá việc vận dụng {topic_vi}. "
            f"Mỗi lần làm bài gồm {s['draw_count']} câu hỏi rút ngẫu nhiên từ ngân hàng {pool} câu, "
            f"trong thời gian {s['time_limit_minutes']} phút. Bài đạt khi anh/chị được từ {s['pass_mark']}% số điểm "
            f"trở lên. Anh/chị có tối đa {s['max_attempts']} lần làm bài, hai lần liên tiếp cách nhau ít nhất "
            f"{s['cooldown_minutes']} phút. Đáp án và giải thích được hiển thị khi anh/chị đạt "
            "hoặc sau lần làm bài cuối cùng."
        ),
        "en": (
            f"This quiz lets you check how well you can apply {topic_en}. "
            f"Each attempt has {s['draw_count']} questions drawn at random from a pool of {pool}, "
            f"with a time limit of {s['time_limit_minutes']} minutes. You need {s['pass_mark']}% of the marks or more "
            f"to pass. You have up to {s['max_attempts']} attempts, at least {s['cooldown_minutes']} minutes apart. "
            "Correct answers and explanations are shown once you pass or after your last attempt."
        ),
    }


def _quiz(topic_vi: str, topic_en: str, pairs: list[tuple[Block, Block]]) -> dict[str, Any]:
    return {
        "title": dict(TITLE),
        "intro": _intro(topic_vi, topic_en, len(pairs)),
        "settings": dict(SETTINGS),
        "questions": {"vi": [vi for vi, _ in pairs], "en": [en for _, en in pairs]},
    }


# --- Official email (course "thu-dien-tu-cong-vu") ---------------------------------------------------

EMAIL_QUESTIONS: list[tuple[Block, Block]] = [
    (
        single(
            "Anh/chị nhận được thư có tiêu đề “[KHẨN] Hộp thư sắp đầy – xác nhận tài khoản trong 24 giờ”, ký tên “Ban Quản trị hệ thống”. Thư đề nghị anh/chị bấm vào đường dẫn và nhập mật khẩu hộp thư công vụ để “nâng dung lượng”, nếu không tài khoản sẽ bị khóa. Anh/chị xử lý thế nào?",
            (
                "Thư này có ít nhất bốn dấu hiệu lừa đảo đã học: thúc ép thời gian (“trong 24 giờ”), đe dọa khóa tài khoản, yêu cầu đăng nhập qua đường dẫn và chữ ký chung chung, không có tên người, không có số điện thoại. <b>Bộ phận quản trị hệ thống không bao giờ hỏi mật khẩu hay mã xác thực</b> của anh/chị, dù qua thư, điện thoại hay tin nhắn.",
                "Trình tự đúng: không bấm đường dẫn, không mở tệp, không trả lời; khi cần thì xác minh bằng số điện thoại anh/chị đã biết từ trước; báo bộ phận công nghệ thông tin hoặc đầu mối an toàn thông tin, rồi mới xóa thư.",
            ),
            [
                (
                    "Bấm đường dẫn và đăng nhập ngay, vì hộp thư bị khóa sẽ làm gián đoạn công việc.",
                    False,
                    "Đây chính là điều kẻ gian muốn: mật khẩu nhập vào trang giả rơi vào tay họ, và hộp thư của anh/chị bị dùng để gửi thư giả mạo.",
                ),
                (
                    "Trả lời thư, hỏi lại người gửi có đúng là Ban Quản trị hệ thống không.",
                    False,
                    "Trả lời thư lừa đảo chỉ xác nhận hộp thư của anh/chị đang hoạt động; kẻ gian sẽ khẳng định là thật. Hãy xác minh qua kênh khác.",
                ),
                (
                    "Không bấm đường dẫn, không trả lời; báo bộ phận công nghệ thông tin, chuyển thư theo cách họ hướng dẫn rồi xóa thư.",
                    True,
                    "Đúng. Quản trị viên thật không bao giờ hỏi mật khẩu; báo sớm giúp bộ phận công nghệ thông tin cảnh báo cả đơn vị.",
                ),
                (
                    "Chuyển thư cho thư ký để thư ký đăng nhập kiểm tra giúp.",
                    False,
                    "Chuyển tiếp chỉ đẩy rủi ro sang người khác; thư ký có thể bấm vào đường dẫn thay anh/chị.",
                ),
            ],
        ),
        single(
            "You receive a message with the subject “[URGENT] Mailbox almost full – confirm your account within 24 hours”, signed “System Administration”. It asks you to click a link and enter your official mailbox password to “increase your storage”, or the account will be locked. What do you do?",
            (
                "This message shows at least four of the phishing signs from the lesson: time pressure (“within 24 hours”), a threat to lock the account, a request to sign in through a link, and a generic signature with no name and no phone number. <b>System administrators never ask for your password or verification code</b>, whether by email, phone or text message.",
                "The right sequence: do not click the link, do not open attachments, do not reply; if you need to check, call a number you already know; report it to the IT team or the information security contact, and only then delete the message.",
            ),
            [
                (
                    "Click the link and sign in at once, since a locked mailbox would hold up your work.",
                    False,
                    "That is exactly what the attacker wants: the password typed into the fake page goes to them, and your mailbox is used to send fake messages.",
                ),
                (
                    "Reply and ask the sender whether it really is System Administration.",
                    False,
                    "Replying to a phishing message only confirms that your mailbox is active; the attacker will say it is genuine. Check through another channel.",
                ),
                (
                    "Do not click the link or reply; report it to the IT team, forward it the way they tell you, then delete it.",
                    True,
                    "Correct. Real administrators never ask for your password; reporting early lets the IT team warn the whole unit.",
                ),
                (
                    "Forward the message to your secretary so that they sign in and check it for you.",
                    False,
                    "Forwarding only passes the risk to someone else; your secretary may click the link instead of you.",
                ),
            ],
        ),
    ),
    (
        multiple(
            "Những dấu hiệu nào dưới đây cho thấy một thư có thể là thư lừa đảo? (Chọn tất cả các đáp án đúng.)",
            (
                "Bài học nêu sáu nhóm dấu hiệu: địa chỉ gửi không khớp, thúc ép hoặc đe dọa, yêu cầu đăng nhập qua đường dẫn, tệp đính kèm bất thường, yêu cầu bất thường và văn phong lạ. Không dấu hiệu nào chắc chắn tuyệt đối, nhưng <b>từ hai dấu hiệu trở lên thì dừng lại</b> và xác minh qua kênh khác.",
                "Thư đúng người gửi, từ hộp thư công vụ, với nội dung quen thuộc thì không cần nghi ngờ. Cảnh giác là để nhận ra điều bất thường, không phải để ngừng dùng thư công vụ.",
            ),
            [
                (
                    "Tên hiển thị là “Văn phòng UBND thành phố” nhưng địa chỉ gửi thật là một hộp thư miễn phí.",
                    True,
                    "Đúng. Tên hiển thị thì ai cũng đặt được; hãy xem địa chỉ gửi thật.",
                ),
                (
                    "Thư đề nghị anh/chị gửi lại mã xác thực vừa nhận qua tin nhắn điện thoại.",
                    True,
                    "Đúng. Mã xác thực là chìa khóa thứ hai của hộp thư; không ai được hỏi mã này.",
                ),
                (
                    "Tệp đính kèm là tệp nén, hoặc văn bản yêu cầu “bật nội dung” mới xem được.",
                    True,
                    "Đúng. Đây là cách thường dùng để cài mã độc vào máy.",
                ),
                (
                    "Thư của chánh văn phòng gửi từ hộp thư công vụ, ghi số, ký hiệu văn bản và mời họp giao ban như thường lệ.",
                    False,
                    "Thư đúng người gửi, đúng kênh, nội dung quen thuộc; không có dấu hiệu bất thường nào.",
                ),
                (
                    "Thư trả lời tự động của một đồng nghiệp báo đang đi công tác và nêu người được phân công giải quyết công việc.",
                    False,
                    "Đây là thư trả lời tự động bình thường: nó không đòi anh/chị bấm, đăng nhập hay gửi gì.",
                ),
            ],
            scoring="partial",
        ),
        multiple(
            "Which of the following suggest that a message may be phishing? (Select all that apply.)",
            (
                "The lesson lists six groups of signs: a sender address that does not match, pressure or threats, a request to sign in through a link, unusual attachments, unusual requests and an odd tone. No single sign is certain, but <b>with two or more signs, stop</b> and check through another channel.",
                "A message from the right sender, from an official mailbox, with familiar content needs no suspicion. Being alert means spotting what is unusual, not giving up official email.",
            ),
            [
                (
                    "The display name says “City People's Committee Office” but the real sender address is a free mailbox.",
                    True,
                    "Correct. Anyone can set a display name; look at the real sender address.",
                ),
                (
                    "The message asks you to send back the verification code you just received by text message.",
                    True,
                    "Correct. The verification code is the second key to your mailbox; nobody may ask for it.",
                ),
                (
                    "The attachment is a compressed file, or a document that asks you to “enable content” to view it.",
                    True,
                    "Correct. This is a common way of installing malicious software.",
                ),
                (
                    "A message from the head of the office, sent from their official mailbox, quoting a document number and inviting you to the usual briefing meeting.",
                    False,
                    "Right sender, right channel, familiar content; there is nothing unusual about it.",
                ),
                (
                    "A colleague's automatic reply saying they are travelling and naming the person assigned to handle their work.",
                    False,
                    "This is an ordinary automatic reply: it does not ask you to click, sign in or send anything.",
                ),
            ],
            scoring="partial",
        ),
    ),
    (
        single(
            "Sau khi bấm vào một đường dẫn trong thư, anh/chị đã nhập mật khẩu hộp thư công vụ rồi mới nhận ra trang đăng nhập là giả. Anh/chị nên làm gì?",
            "Lỡ bấm không phải là điều đáng xấu hổ; <b>báo muộn</b> mới là điều nguy hiểm, vì bộ phận công nghệ thông tin xử lý dễ hơn nhiều khi được báo trong vài phút đầu. Đổi mật khẩu từ một thiết bị tin cậy (không phải từ trang vừa mở), báo bộ phận công nghệ thông tin, rồi xem lại thư đã gửi và các quy tắc chuyển tiếp lạ: kẻ gian thường cài sẵn quy tắc chuyển tiếp để vẫn nhận được thư của anh/chị sau khi mật khẩu đã đổi.",
            [
                (
                    "Chờ vài ngày xem hộp thư có gì bất thường rồi mới báo.",
                    False,
                    "Vài giờ chờ đợi là đủ để kẻ gian đọc thư và gửi thư mang danh anh/chị.",
                ),
                (
                    "Đổi mật khẩu ngay từ một thiết bị tin cậy, báo bộ phận công nghệ thông tin, rồi xem lại thư đã gửi và các quy tắc chuyển tiếp lạ.",
                    True,
                    "Đúng. Đổi mật khẩu chặn kẻ gian; thư đã gửi và quy tắc chuyển tiếp cho biết họ đã kịp làm gì.",
                ),
                (
                    "Chỉ cần đổi mật khẩu, không cần báo ai để tránh phiền phức.",
                    False,
                    "Đổi mật khẩu là cần nhưng chưa đủ: kẻ gian có thể đã cài quy tắc chuyển tiếp. Bộ phận công nghệ thông tin cần biết để kiểm tra và cảnh báo người khác.",
                ),
                (
                    "Tự tải một phần mềm diệt virus trên mạng về cài để “làm sạch” máy.",
                    False,
                    "Không tự cài phần mềm khi nghi có sự cố; việc này có thể làm tình hình tệ hơn. Hãy để bộ phận công nghệ thông tin xử lý.",
                ),
            ],
        ),
        single(
            "After clicking a link in a message, you typed your official mailbox password before realising that the sign-in page was fake. What should you do?",
            "Clicking by mistake is nothing to be ashamed of; <b>reporting late</b> is what is dangerous, because the IT team can deal with an incident far more easily when told within the first few minutes. Change your password from a trusted device (not from the page you just opened), tell the IT team, then check your sent items and any unfamiliar forwarding rules: attackers often set up a forwarding rule so that they keep receiving your mail after the password has been changed.",
            [
                (
                    "Wait a few days to see whether anything odd happens in the mailbox, then report it.",
                    False,
                    "A few hours are enough for an attacker to read your mail and send messages in your name.",
                ),
                (
                    "Change your password at once from a trusted device, tell the IT team, then check your sent items and any unfamiliar forwarding rules.",
                    True,
                    "Correct. Changing the password stops the attacker; sent items and forwarding rules show what they have already done.",
                ),
                (
                    "Just change your password and tell nobody, to avoid a fuss.",
                    False,
                    "Changing the password is necessary but not enough: the attacker may already have set up a forwarding rule. The IT team needs to know to check and warn others.",
                ),
                (
                    "Download an antivirus program from the internet and install it yourself to “clean” the computer.",
                    False,
                    "Do not install software yourself when you suspect an incident; it can make things worse. Leave it to the IT team.",
                ),
            ],
        ),
    ),
    (
        true_false(
            "Để văn phòng theo dõi hộp thư công vụ giúp, lãnh đạo có thể đưa mật khẩu cho chánh văn phòng, miễn là người đó đáng tin cậy.",
            "Được hỗ trợ theo dõi thư là cần thiết, nhưng không phải bằng cách chia sẻ mật khẩu: với mật khẩu của anh/chị, mọi thư gửi đi đều mang danh anh/chị. Nếu hệ thống có chức năng <b>ủy quyền truy cập</b> hoặc <b>hộp thư dùng chung</b> của văn phòng, hãy đề nghị bộ phận công nghệ thông tin thiết lập: mỗi người đăng nhập bằng tài khoản của mình và mọi thao tác được ghi nhận đúng người. Nếu chưa có, thư ký nhận thư qua hộp thư văn phòng, tổng hợp việc cần ý kiến, còn anh/chị tự trả lời từ hộp thư của mình.",
            correct=False,
            feedback_true="Chưa đúng. Với mật khẩu của anh/chị, mọi thư gửi đi đều mang danh anh/chị, kể cả thư anh/chị không hề biết.",
            feedback_false="Đúng. Không đưa mật khẩu cho ai; hãy dùng chức năng ủy quyền truy cập hoặc hộp thư dùng chung của văn phòng.",
        ),
        true_false(
            "So that the office can keep an eye on the official mailbox, a leader may give the password to the head of the office, as long as that person is trustworthy.",
            "Help with keeping track of email is useful, but not by sharing the password: with your password, every message sent carries your name. If the system offers <b>delegated access</b> or a <b>shared office mailbox</b>, ask the IT team to set it up: everyone signs in with their own account and every action is recorded against the person who took it. If not, the secretary receives mail through the office mailbox and summarises what needs your opinion, while you reply yourself from your own mailbox.",
            correct=False,
            feedback_true="Not quite. With your password, every message sent carries your name, including ones you never knew about.",
            feedback_false="Correct. Give your password to nobody; use delegated access or a shared office mailbox.",
        ),
    ),
    (
        single(
            "Anh/chị cần giao việc rà soát 12 hồ sơ đất đai trễ hạn. Thư giao việc nào giúp người nhận bắt tay vào làm ngay mà không phải gọi điện hỏi lại?",
            "Một thư giao việc tốt trả lời đủ <b>sáu câu hỏi</b>: việc gì, ai chủ trì (chỉ một người hoặc một đơn vị), ai phối hợp, kết quả cần có là gì, hạn cụ thể đến ngày giờ, và báo cáo bằng cách nào. Câu đầu tiên nêu ngay yêu cầu; tránh những chữ chung chung như “sớm”, “khẩn trương”. Thiếu một ý, gần như chắc chắn anh/chị sẽ nhận một cuộc gọi hỏi lại, hoặc một kết quả không như mong muốn.",
            [
                (
                    "“Chuyển anh Nam xem, xử lý.”",
                    False,
                    "Thiếu gần hết: việc cụ thể, kết quả cần có, thời hạn và cách báo cáo. Anh Nam sẽ phải gọi hỏi lại.",
                ),
                (
                    "“Đề nghị các đơn vị liên quan khẩn trương rà soát các hồ sơ đất đai trễ hạn, báo cáo sớm.”",
                    False,
                    "Không rõ ai chủ trì; “khẩn trương” và “sớm” không phải thời hạn. Mỗi đơn vị sẽ chờ đơn vị khác.",
                ),
                (
                    "“Giao Phòng Quản lý đô thị chủ trì, phối hợp Bộ phận Một cửa rà soát 12 hồ sơ đất đai trễ hạn (danh sách kèm theo); báo cáo nguyên nhân và đề xuất xử lý bằng thư trả lời trước 16h00 ngày 14/3.”",
                    True,
                    "Đúng. Thư trả lời đủ sáu câu hỏi: việc gì, ai chủ trì, ai phối hợp, kết quả gì, hạn nào, báo cáo ra sao.",
                ),
            ],
        ),
        single(
            "You need to assign a review of 12 overdue land dossiers. Which assignment message lets the recipient start straight away without phoning to ask?",
            "A good assignment message answers <b>six questions</b>: what the task is, who leads (one person or one unit only), who contributes, what result is expected, a deadline down to the day and hour, and how to report back. State the request in the first sentence; avoid vague words such as “soon” or “urgently”. If one item is missing, you will almost certainly get a phone call asking about it, or a result that is not what you wanted.",
            [
                (
                    "“Forwarded to Mr Nam to look at and deal with.”",
                    False,
                    "Almost everything is missing: the actual task, the expected result, the deadline and how to report. Mr Nam will have to phone and ask.",
                ),
                (
                    "“The units concerned are requested to review the overdue land dossiers urgently and report soon.”",
                    False,
                    "Nobody is named to lead; “urgently” and “soon” are not deadlines. Each unit will wait for the others.",
                ),
                (
                    "“The Urban Management Division is to lead, with the One-Stop Desk, a review of 12 overdue land dossiers (list attached); report the causes and proposed action by replying to this message before 16:00 on 14/3.”",
                    True,
                    "Correct. The message answers all six questions: what, who leads, who contributes, what result, by when and how to report.",
                ),
            ],
        ),
    ),
    (
        true_false(
            "Trong thư giao việc, ô “Người nhận” chỉ nên ghi người chủ trì; người phối hợp và người cần biết để ở ô “CC”.",
            "Mỗi việc chỉ có một người hoặc một đơn vị chủ trì. Đặt riêng người chủ trì ở ô “Người nhận”, người phối hợp và người cần biết ở ô “CC” làm rõ trách nhiệm ngay từ cách gửi thư. Cùng với tiêu đề nêu loại việc và thời hạn (ví dụ “Giao việc: … – báo cáo trước 16h00 ngày 14/3”), người nhận biết ngay mình phải làm gì, đến khi nào.",
            correct=True,
            feedback_true="Đúng. Người chủ trì thấy ngay việc này là của mình; người phối hợp vẫn nắm được nội dung.",
            feedback_false="Chưa đúng. Khi ai cũng ở ô “Người nhận”, không ai chắc mình là người chịu trách nhiệm chính.",
        ),
        true_false(
            "In an assignment message, the “To” field should hold only the person who leads; contributors and people who need to know go in “CC”.",
            "Each task has only one lead person or unit. Putting the lead alone in “To”, and contributors and people who need to know in “CC”, makes responsibility clear from the way the message is sent. Together with a subject line giving the kind of task and the deadline (for example “Assignment: … – report by 16:00 on 14/3”), the recipient knows at once what to do and by when.",
            correct=True,
            feedback_true="Correct. The lead sees at once that the task is theirs; contributors still know what is going on.",
            feedback_false="Not quite. When everyone is in “To”, nobody is sure who is mainly responsible.",
        ),
    ),
    (
        true_false(
            "Khi anh/chị đã trả lời “Đồng ý” qua thư công vụ về dự thảo một quyết định, quyết định đó coi như đã được ban hành, không cần ký số và phát hành qua hệ thống quản lý văn bản.",
            "Thư điện tử là <b>kênh trao đổi</b>, không phải kênh ban hành văn bản. Ý kiến đồng ý của anh/chị trong chuỗi thư là căn cứ để chuyên viên hoàn thiện và trình ký, và được lưu ngay cạnh dự thảo để đối chiếu. Khi pháp luật hoặc quy chế yêu cầu phải có văn bản (quyết định, công văn, thông báo...), văn bản đó vẫn phải được người có thẩm quyền ký số và phát hành qua hệ thống quản lý văn bản.",
            correct=False,
            feedback_true="Chưa đúng. Ý kiến đồng ý qua thư là căn cứ để hoàn thiện và trình ký, chưa phải văn bản được ban hành.",
            feedback_false="Đúng. Quyết định vẫn phải được người có thẩm quyền ký số và phát hành qua hệ thống quản lý văn bản.",
        ),
        true_false(
            "Once you have replied “Approved” by official email to a draft decision, the decision counts as issued and does not need to be digitally signed and issued through the document management system.",
            "Email is a <b>channel for discussion</b>, not a channel for issuing documents. Your approval in the thread is the basis on which the specialist finalises the draft and submits it for signature, and it is kept next to the draft for reference. Where the law or internal rules require a formal document (a decision, an official letter, a notice...), that document must still be digitally signed by the competent person and issued through the document management system.",
            correct=False,
            feedback_true="Not quite. Approval by email is the basis for finalising and submitting for signature; it is not an issued document.",
            feedback_false="Correct. The decision must still be digitally signed by the competent person and issued through the document management system.",
        ),
    ),
    (
        single(
            "Văn phòng báo đã gửi anh/chị giấy mời họp khẩn từ hôm qua, nhưng anh/chị không thấy thư. Hộp thư của anh/chị đang báo đã dùng gần hết 5 GB. Cách hiểu và xử lý nào đúng?",
            "Khi hộp thư đầy, anh/chị vẫn đọc được thư cũ nhưng <b>thư mới, kể cả giấy mời họp khẩn, không vào được</b>; người gửi nhận một thông báo lỗi mà nhiều người bỏ qua. Mỗi quý hãy dành mười phút: sắp xếp thư theo dung lượng và xử lý các thư lớn nhất trước, xóa tệp đính kèm của văn bản đã lưu trong hệ thống quản lý văn bản, chuyển thư năm trước vào thư mục lưu trữ, dọn “Thư đã xóa” và “Thư rác”.",
            [
                (
                    "Thư chỉ đến chậm; chờ thêm một ngày là sẽ nhận được.",
                    False,
                    "Khi hộp thư đầy, thư mới bị trả lại chứ không nằm chờ; người gửi thường không để ý thông báo lỗi.",
                ),
                (
                    "Hộp thư đầy nên thư mới bị trả lại; dọn các thư lớn nhất, thư mục “Thư đã xóa” và “Thư rác”, rồi đề nghị văn phòng gửi lại.",
                    True,
                    "Đúng. Sắp xếp theo dung lượng để xử lý vài chục thư lớn nhất là cách nhanh nhất để giải phóng hộp thư.",
                ),
                (
                    "Xóa toàn bộ thư của các năm trước, kể cả thư có ý kiến chỉ đạo, để lấy chỗ trống.",
                    False,
                    "Không xóa thư là bằng chứng duy nhất của một ý kiến chỉ đạo hay một cam kết thời hạn; hãy chuyển chúng vào thư mục lưu trữ.",
                ),
                (
                    "Cài tự động chuyển tiếp thư công vụ sang hộp thư cá nhân có dung lượng lớn hơn.",
                    False,
                    "Thư công vụ nằm ngoài hệ thống của cơ quan sẽ không còn được bảo vệ và quản lý.",
                ),
            ],
        ),
        single(
            "The office says it sent you an urgent meeting invitation yesterday, but you cannot find it. Your mailbox shows that almost all of its 5 GB is used. Which reading and response are right?",
            "When the mailbox is full you can still read old messages, but <b>new ones, including urgent meeting invitations, cannot get in</b>; the sender gets an error notice that many people ignore. Every quarter, spend ten minutes: sort messages by size and deal with the largest first, delete attachments of documents already kept in the document management system, move previous years' messages to an archive folder, and empty “Deleted items” and “Junk”.",
            [
                (
                    "The message is just delayed; wait another day and it will arrive.",
                    False,
                    "When the mailbox is full, new messages are bounced, not held; senders often miss the error notice.",
                ),
                (
                    "The full mailbox is bouncing new messages; clear out the largest messages, “Deleted items” and “Junk”, then ask the office to resend.",
                    True,
                    "Correct. Sorting by size and dealing with the few dozen largest messages is the quickest way to free the mailbox.",
                ),
                (
                    "Delete all messages from previous years, including those with instructions, to make room.",
                    False,
                    "Do not delete messages that are the only record of an instruction or a committed deadline; move them to an archive folder.",
                ),
                (
                    "Set up automatic forwarding of official mail to a personal mailbox with more space.",
                    False,
                    "Official mail outside the agency's system is no longer protected or managed.",
                ),
            ],
        ),
    ),
    (
        multiple(
            "Anh/chị chuẩn bị đi công tác một tuần ở tỉnh khác và vẫn cần theo dõi thư công vụ. Những việc nào nên làm? (Chọn tất cả các đáp án đúng.)",
            "Chuẩn bị trước chuyến đi quyết định việc làm việc an toàn: khóa màn hình điện thoại, cài ứng dụng hoặc lưu trang thư công vụ, bật xác thực hai lớp, gửi thư thử. Thư trả lời tự động nêu thời gian vắng mặt và <b>người được phân công giải quyết công việc</b>, nhưng không nêu lịch trình hay nơi lưu trú. Phần lớn các vụ lộ thông tin bắt đầu từ một lần đăng nhập vội trên máy lạ, hoặc một quy tắc chuyển tiếp tiện tay sang hộp thư cá nhân.",
            [
                (
                    "Đặt mã khóa màn hình điện thoại, bật xác thực hai lớp và gửi một thư thử trước khi đi.",
                    True,
                    "Đúng. Phát hiện trục trặc khi còn ở cơ quan thì dễ xử lý hơn nhiều.",
                ),
                (
                    "Bật thư trả lời tự động, ghi thời gian vắng mặt và người được phân công giải quyết công việc.",
                    True,
                    "Đúng. Người gửi biết cần liên hệ ai; công việc không bị dừng lại.",
                ),
                (
                    "Ở nơi công tác, đọc thư trên điện thoại của mình qua mạng di động thay vì Wi-Fi công cộng không có mật khẩu.",
                    True,
                    "Đúng. Thiết bị của mình, đã khóa màn hình, dùng mạng di động là cách an toàn nhất.",
                ),
                (
                    "Cài tự động chuyển tiếp thư công vụ sang hộp thư cá nhân cho tiện đọc.",
                    False,
                    "Thư công vụ ra khỏi hệ thống của cơ quan sẽ không còn được bảo vệ và quản lý.",
                ),
                (
                    "Ghi rõ lịch trình và nơi lưu trú trong thư trả lời tự động để mọi người dễ liên hệ.",
                    False,
                    "Thư trả lời tự động đến cả người lạ, kể cả kẻ gian; không nêu lịch trình chi tiết hay nơi ở.",
                ),
            ],
            scoring="all",
        ),
        multiple(
            "You are about to travel to another province for a week and still need to keep up with official email. Which of these should you do? (Select all that apply.)",
            "Preparing before the trip is what makes working away safe: a screen lock on your phone, the mail app installed or the webmail page bookmarked, two-factor authentication switched on, a test message sent. The automatic reply gives the period of absence and <b>the person assigned to handle your work</b>, but not your itinerary or where you are staying. Most information leaks start with a hurried sign-in on an unfamiliar computer, or a convenient forwarding rule to a personal mailbox.",
            [
                (
                    "Set a screen lock on your phone, switch on two-factor authentication and send a test message before you leave.",
                    True,
                    "Correct. Problems found while you are still at the office are much easier to fix.",
                ),
                (
                    "Switch on an automatic reply giving the period of absence and the person assigned to handle your work.",
                    True,
                    "Correct. Senders know whom to contact; the work does not stop.",
                ),
                (
                    "While away, read email on your own phone over mobile data rather than an open public Wi-Fi network.",
                    True,
                    "Correct. Your own device, screen-locked, on mobile data is the safest way.",
                ),
                (
                    "Set up automatic forwarding of official mail to your personal mailbox so it is easier to read.",
                    False,
                    "Official mail that leaves the agency's system is no longer protected or managed.",
                ),
                (
                    "Put your itinerary and hotel in the automatic reply so that people can reach you easily.",
                    False,
                    "Automatic replies go to strangers too, attackers included; do not give a detailed itinerary or where you stay.",
                ),
            ],
            scoring="all",
        ),
    ),
    (
        single(
            "Đang đi công tác, anh/chị phát hiện mất chiếc điện thoại vẫn đang đăng nhập hộp thư công vụ. Anh/chị cần làm gì?",
            "Mất điện thoại đang đăng nhập hộp thư công vụ giống như mất chùm chìa khóa phòng làm việc. Ba việc làm ngay, theo thứ tự: <b>báo bộ phận công nghệ thông tin</b> để đăng xuất mọi phiên làm việc và tạm khóa tài khoản nếu cần; <b>đổi mật khẩu</b> từ một thiết bị tin cậy; <b>báo văn phòng</b> để đồng nghiệp cảnh giác với thư, tin nhắn lạ mang tên anh/chị trong những ngày tới. Đừng chờ về đến cơ quan mới báo.",
            [
                (
                    "Báo ngay bộ phận công nghệ thông tin để đăng xuất mọi phiên và tạm khóa tài khoản nếu cần, đổi mật khẩu từ một thiết bị tin cậy, báo văn phòng để đồng nghiệp cảnh giác.",
                    True,
                    "Đúng. Làm ngay, theo thứ tự này, trước khi kẻ gian kịp dùng hộp thư của anh/chị.",
                ),
                (
                    "Chờ về đến cơ quan rồi báo, vì điện thoại đã có mã khóa màn hình.",
                    False,
                    "Mã khóa màn hình giảm rủi ro nhưng không thay được việc báo ngay; vài giờ chậm trễ đủ để kẻ gian đọc và gửi thư mang danh anh/chị.",
                ),
                (
                    "Chỉ cần đề nghị nhà mạng khóa số điện thoại.",
                    False,
                    "Khóa số điện thoại không đăng xuất hộp thư đang mở trên máy; việc đó bộ phận công nghệ thông tin mới làm được.",
                ),
            ],
        ),
        single(
            "While travelling, you discover that you have lost your phone, which is still signed in to your official mailbox. What do you need to do?",
            "Losing a phone that is signed in to your official mailbox is like losing the keys to your office. Three things to do at once, in this order: <b>tell the IT team</b> so that they sign out every session and suspend the account if needed; <b>change your password</b> from a trusted device; <b>tell the office</b> so that colleagues are wary of odd messages in your name over the next few days. Do not wait until you are back at the office.",
            [
                (
                    "Tell the IT team at once so they sign out every session and suspend the account if needed, change your password from a trusted device, and tell the office so colleagues are on guard.",
                    True,
                    "Correct. Do it at once, in this order, before an attacker can use your mailbox.",
                ),
                (
                    "Wait until you are back at the office to report it, since the phone has a screen lock.",
                    False,
                    "A screen lock reduces the risk but does not replace reporting at once; a few hours' delay is enough for someone to read and send mail in your name.",
                ),
                (
                    "Just ask the mobile operator to block the phone number.",
                    False,
                    "Blocking the number does not sign the mailbox out on the phone; only the IT team can do that.",
                ),
            ],
        ),
    ),
]


# --- Digital signatures (course "chu-ky-so-van-ban-dien-tu") -----------------------------------------

ESIGNATURE_QUESTIONS: list[tuple[Block, Block]] = [
    (
        true_false(
            "Một công văn điện tử đã có chữ ký số của người có thẩm quyền và chữ ký số của cơ quan theo quy định vẫn phải in ra, ký tay và đóng dấu đỏ thì mới có giá trị pháp lý.",
            "Luật Giao dịch điện tử 2023 quy định chữ ký số có giá trị pháp lý tương đương chữ ký của chính người đó trên văn bản giấy, và yêu cầu đóng dấu được đáp ứng bằng chữ ký số của cơ quan. Theo Điều 5 Nghị định 30/2020/NĐ-CP, văn bản điện tử được người có thẩm quyền ký số và được ký số của cơ quan theo quy định <b>có giá trị pháp lý như bản gốc văn bản giấy</b>. In ra ký lại không làm văn bản “có giá trị hơn”; nó chỉ làm chậm nhiều giờ và tạo ra hai “bản gốc” có thể lệch nhau.",
            correct=False,
            feedback_true="Chưa đúng. Văn bản điện tử có đủ hai chữ ký số theo quy định có giá trị pháp lý như bản gốc văn bản giấy.",
            feedback_false="Đúng. Chữ ký số cá nhân thay cho chữ ký tay, chữ ký số của cơ quan thay cho con dấu.",
        ),
        true_false(
            "An electronic official letter that carries the competent person's digital signature and the agency's digital signature, as required, must still be printed, signed by hand and stamped with the red seal to be legally valid.",
            "The Law on Electronic Transactions 2023 gives a digital signature the same legal value as the person's signature on paper, and the requirement for a seal is met by the agency's digital signature. Under Article 5 of Decree 30/2020/NĐ-CP, an electronic document digitally signed by the competent person and by the agency as required <b>has the legal value of the original paper document</b>. Printing and signing again does not make it “more valid”; it only adds hours of delay and creates two “originals” that may differ.",
            correct=False,
            feedback_true="Not quite. An electronic document with both digital signatures, as required, has the legal value of the original paper document.",
            feedback_false="Correct. The personal digital signature replaces the handwritten signature, and the agency's replaces the seal.",
        ),
    ),
    (
        single(
            "Anh/chị đã ký số một tờ trình dạng PDF. Sau đó, một chuyên viên mở tệp và sửa một con số trong bảng kinh phí. Khi người nhận kiểm tra chữ ký số trên tệp này, điều gì sẽ xảy ra?",
            "Chữ ký số là một khối dữ liệu được tính từ <b>chính nội dung văn bản</b> và khóa bí mật của người ký, không phải hình ảnh chữ ký. Vì vậy nó bảo đảm ba điều: xác thực người ký, <b>toàn vẹn nội dung</b> và chống chối bỏ. Nếu văn bản bị sửa sau khi ký, dù chỉ một dấu phẩy, phần mềm kiểm tra sẽ báo chữ ký không còn hợp lệ. Cần sửa thì trả lại kèm ý kiến, chuyên viên sửa trên bản Word rồi trình ký lại; không ai sửa trên tệp đã ký.",
            [
                (
                    "Chữ ký vẫn hợp lệ, vì hình ảnh chữ ký của anh/chị vẫn nằm nguyên trên văn bản.",
                    False,
                    "Hình ảnh chữ ký chỉ là phần hiển thị; giá trị nằm ở dữ liệu chữ ký gắn trong tệp.",
                ),
                (
                    "Phần mềm kiểm tra báo văn bản đã bị thay đổi sau khi ký; chữ ký không còn hợp lệ.",
                    True,
                    "Đúng. Chữ ký số được tính từ chính nội dung văn bản; đổi một ký tự là bị phát hiện.",
                ),
                (
                    "Chữ ký tự động cập nhật theo nội dung mới, vì anh/chị đã ký trước đó.",
                    False,
                    "Chữ ký số không “đi theo” nội dung mới; muốn sửa thì phải trả lại, sửa bản Word và trình ký lại.",
                ),
                (
                    "Không ai phát hiện được, vì tệp PDF trông vẫn giống hệt.",
                    False,
                    "Mắt thường có thể không thấy, nhưng phần mềm kiểm tra phát hiện ngay nội dung bị thay đổi.",
                ),
            ],
        ),
        single(
            "You have digitally signed a submission in PDF form. Afterwards, a specialist opens the file and changes a figure in the budget table. When the recipient verifies the digital signature on this file, what happens?",
            "A digital signature is a block of data computed from <b>the content of the document itself</b> and the signer's private key, not a picture of a signature. That is why it guarantees three things: the signer's identity, <b>the integrity of the content</b> and non-repudiation. If the document is changed after signing, even by a single comma, the verification software reports that the signature is no longer valid. If something needs changing, return the document with your comments; the specialist corrects the Word version and resubmits it. Nobody edits a signed file.",
            [
                (
                    "The signature is still valid, because the image of your signature is still on the document.",
                    False,
                    "The signature image is only what is displayed; the legal value lies in the signature data attached to the file.",
                ),
                (
                    "The verification software reports that the document was changed after signing; the signature is no longer valid.",
                    True,
                    "Correct. The signature is computed from the content itself; changing a single character is detected.",
                ),
                (
                    "The signature updates itself to the new content, since you signed earlier.",
                    False,
                    "A digital signature does not “follow” new content; to change it, return it, correct the Word version and resubmit.",
                ),
                (
                    "Nobody can tell, because the PDF still looks exactly the same.",
                    False,
                    "The eye may not see it, but verification software detects the change at once.",
                ),
            ],
        ),
    ),
    (
        multiple(
            "Những việc nào giúp anh/chị giữ an toàn chữ ký số cá nhân của mình? (Chọn tất cả các đáp án đúng.)",
            "Thiết bị lưu khóa bí mật và mã PIN có <b>sức nặng như chữ ký tay</b> của anh/chị trên mọi văn bản, nên phải được giữ như giữ con dấu. Nghị định 30/2020/NĐ-CP (Điều 32) giao cá nhân tự bảo quản an toàn thiết bị lưu khóa bí mật và khóa bí mật của mình. Giữ mã PIN riêng, báo ngay khi mất thiết bị, theo dõi thời hạn chứng thư là ba thói quen giúp anh/chị luôn ký được khi cần và không ai ký bằng chứng thư của anh/chị.",
            [
                (
                    "Không giao thiết bị lưu khóa bí mật và mã PIN cho thư ký, chuyên viên hay văn thư “ký giúp”, dù chỉ một lần.",
                    True,
                    "Đúng. Mọi văn bản ký bằng khóa của anh/chị đều được coi là do anh/chị ký.",
                ),
                (
                    "Mất thiết bị hoặc nghi lộ mã PIN thì báo ngay đơn vị quản lý chữ ký số để tạm dừng hoặc thu hồi chứng thư.",
                    True,
                    "Đúng. Báo sớm ngăn người khác ký bằng chứng thư của anh/chị.",
                ),
                (
                    "Theo dõi thời hạn chứng thư, đề nghị gia hạn trước khi hết hạn, và báo thay đổi khi chuyển công tác hoặc đổi chức vụ.",
                    True,
                    "Đúng. Chứng thư có thời hạn và ghi chức vụ; để hết hạn thì dễ bị gián đoạn đúng lúc cần ký gấp.",
                ),
                (
                    "Dán mã PIN ở mặt sau thiết bị để không phải nhớ.",
                    False,
                    "Ai cầm được thiết bị cũng có luôn mã PIN; như vậy là giao chữ ký của anh/chị cho người nhặt được.",
                ),
                (
                    "Cho trình duyệt hoặc phần mềm ký số ghi nhớ mã PIN để ký nhanh hơn.",
                    False,
                    "Mã PIN được ghi nhớ thì bất kỳ ai dùng máy đó cũng ký được bằng chứng thư của anh/chị.",
                ),
            ],
            scoring="partial",
        ),
        multiple(
            "Which of these help you keep your personal digital signature safe? (Select all that apply.)",
            "Your private-key device and PIN carry <b>the same weight as your handwritten signature</b> on every document, so guard them as you would the seal. Decree 30/2020/NĐ-CP (Article 32) makes individuals responsible for keeping their own private-key device and private key safe. Keeping the PIN to yourself, reporting a lost device at once and watching the certificate's expiry date are the three habits that keep you able to sign when needed, and keep anyone else from signing with your certificate.",
            [
                (
                    "Never hand your private-key device and PIN to a secretary, specialist or clerk to “sign for you”, not even once.",
                    True,
                    "Correct. Every document signed with your key is deemed to be signed by you.",
                ),
                (
                    "If you lose the device or suspect the PIN has leaked, tell the digital signature management unit at once so the certificate is suspended or revoked.",
                    True,
                    "Correct. Reporting early stops anyone else from signing with your certificate.",
                ),
                (
                    "Watch the certificate's expiry date, ask for renewal in good time, and report changes when you move post or change position.",
                    True,
                    "Correct. Certificates expire and show your position; letting one lapse can cut you off just when an urgent document needs signing.",
                ),
                (
                    "Stick the PIN on the back of the device so you do not have to remember it.",
                    False,
                    "Whoever holds the device then has the PIN too; that hands your signature to whoever picks it up.",
                ),
                (
                    "Let the browser or signing software remember the PIN so you can sign faster.",
                    False,
                    "With the PIN remembered, anyone using that computer can sign with your certificate.",
                ),
            ],
            scoring="partial",
        ),
    ),
    (
        single(
            "Anh/chị vừa ký số một quyết định trên hệ thống quản lý văn bản. Bước tiếp theo đúng quy trình là gì?",
            "Trình tự trên hệ thống giống như với văn bản giấy: chuyên viên soạn thảo, lãnh đạo phòng kiểm tra nội dung, người được giao kiểm tra thể thức, người có thẩm quyền ký số. Sau đó <b>văn thư</b> cấp số và thời gian ban hành, <b>ký số của cơ quan</b> (tương đương đóng dấu), phát hành và lưu bản gốc điện tử. Một văn bản điện tử của cơ quan vì thế có hai chữ ký số, mỗi chữ ký do đúng người giữ thiết bị thực hiện.",
            [
                (
                    "Chuyển văn thư để cấp số, thời gian ban hành, ký số của cơ quan, phát hành và lưu bản gốc điện tử.",
                    True,
                    "Đúng. Văn thư chỉ ký số của cơ quan vào văn bản đã có chữ ký của người có thẩm quyền, như chỉ đóng dấu lên văn bản đã ký.",
                ),
                (
                    "Văn thư in quyết định ra, đóng dấu đỏ rồi scan gửi đi.",
                    False,
                    "In ra rồi scan làm mất chữ ký số; người nhận không kiểm tra được tính toàn vẹn của văn bản.",
                ),
                (
                    "Anh/chị mượn thiết bị của văn thư để tự ký luôn chữ ký số của cơ quan.",
                    False,
                    "Chữ ký số của cơ quan do văn thư ký theo giao nhiệm vụ của người đứng đầu, sau khi văn bản đã được cấp số.",
                ),
                (
                    "Không cần bước nào nữa: chữ ký số cá nhân của anh/chị đã đủ để phát hành.",
                    False,
                    "Văn bản của cơ quan cần hai chữ ký số: của người có thẩm quyền và của cơ quan, tương ứng với con dấu.",
                ),
            ],
        ),
        single(
            "You have just digitally signed a decision in the document management system. What is the correct next step?",
            "The sequence in the system is the same as on paper: a specialist drafts, the head of division checks the content, the person assigned checks the format, and the competent person signs digitally. Afterwards <b>the records clerk</b> assigns the number and date of issue, <b>applies the agency's digital signature</b> (the equivalent of the seal), issues the document and keeps the electronic original. An agency's electronic document therefore carries two digital signatures, each applied by the person who holds that device.",
            [
                (
                    "Pass it to the records clerk to assign the number and date, apply the agency's digital signature, issue it and keep the electronic original.",
                    True,
                    "Correct. The clerk applies the agency's signature only to a document already signed by the competent person, just as the seal goes only on a signed document.",
                ),
                (
                    "The clerk prints the decision, stamps it with the red seal, then scans it and sends it out.",
                    False,
                    "Printing and scanning loses the digital signature; recipients cannot check the document's integrity.",
                ),
                (
                    "You borrow the clerk's device and apply the agency's digital signature yourself.",
                    False,
                    "The agency's signature is applied by the clerk, as assigned by the head of the agency, after the number has been assigned.",
                ),
                (
                    "Nothing more is needed: your personal digital signature is enough to issue it.",
                    False,
                    "An agency's document needs two digital signatures: the competent person's and the agency's, which corresponds to the seal.",
                ),
            ],
        ),
    ),
    (
        true_false(
            "Khi Phó Chủ tịch UBND quận ký thay (KT.) Chủ tịch một văn bản thuộc lĩnh vực được phân công, Phó Chủ tịch ký bằng chữ ký số cá nhân của chính mình.",
            "Các hình thức ký thay (KT.), ký thừa lệnh (TL.), ký thừa ủy quyền (TUQ.) trên văn bản giấy vẫn giữ nguyên trên văn bản điện tử. Điểm cốt lõi: <b>ai ký thì dùng chữ ký số của chính người đó</b> và chịu trách nhiệm về văn bản. Phó Chủ tịch ký dưới dòng “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” bằng chứng thư của Phó Chủ tịch; chữ ký số của UBND quận vẫn do văn thư ký.",
            correct=True,
            feedback_true="Đúng. Ai ký thì dùng chữ ký số của chính người đó và chịu trách nhiệm về văn bản.",
            feedback_false="Chưa đúng. Không ai được ký bằng chứng thư của người khác, kể cả khi ký thay người đứng đầu.",
        ),
        true_false(
            "When the Vice-Chair of a district People's Committee signs on behalf of (KT.) the Chair a document in the area assigned to them, the Vice-Chair signs with their own personal digital signature.",
            "Signing on behalf (KT.), by order (TL.) and by authorisation (TUQ.) work on electronic documents just as on paper. The key point: <b>whoever signs uses their own digital signature</b> and answers for the document. The Vice-Chair signs under the line “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” with the Vice-Chair's certificate; the district People's Committee's digital signature is still applied by the records clerk.",
            correct=True,
            feedback_true="Correct. Whoever signs uses their own digital signature and answers for the document.",
            feedback_false="Not quite. Nobody may sign with someone else's certificate, even when signing on behalf of the head.",
        ),
    ),
    (
        single(
            "Anh/chị cần ký gấp một văn bản nhưng máy tính không nhận thiết bị ký số. Một chuyên viên đề nghị mang thiết bị và mã PIN của anh/chị sang máy khác “ký giúp”. Anh/chị xử lý thế nào?",
            "Khi không ký được, bài học nêu ba cách đúng: nhờ <b>bộ phận công nghệ thông tin</b> hỗ trợ (máy không nhận thiết bị thường chỉ cần cắm lại, đổi cổng USB hoặc cài lại phần mềm điều khiển), <b>ký từ xa</b> trên điện thoại nếu được cấp dịch vụ, hoặc phân công <b>cấp phó ký thay</b> bằng chữ ký số của chính cấp phó khi văn bản thuộc lĩnh vực được giao. Không bao giờ đưa thiết bị và mã PIN cho người khác mang đi ký.",
            [
                (
                    "Đồng ý, vì văn bản gấp và anh/chị đã đọc nội dung.",
                    False,
                    "Giao thiết bị và mã PIN là để người khác ký bằng chữ ký của anh/chị; anh/chị chịu trách nhiệm về mọi văn bản được ký.",
                ),
                (
                    "Không giao; thử cắm lại hoặc đổi cổng USB, gọi bộ phận công nghệ thông tin hỗ trợ tại chỗ, hoặc ký từ xa trên điện thoại nếu được cấp dịch vụ.",
                    True,
                    "Đúng. Phần lớn trục trặc xử lý được nhanh nếu báo đúng người, và khóa bí mật vẫn nằm trong tay anh/chị.",
                ),
                (
                    "Ký tay lên bản in để văn thư scan và gửi đi cho kịp.",
                    False,
                    "Bản scan không có chữ ký số; người nhận không kiểm tra được và đơn vị lại quay về văn bản giấy.",
                ),
            ],
        ),
        single(
            "You need to sign a document urgently but the computer does not recognise your signing device. A specialist offers to take your device and PIN to another computer and “sign it for you”. What do you do?",
            "When you cannot sign, the lesson gives three proper ways out: get help from <b>the IT team</b> (a device that is not recognised usually just needs plugging in again, another USB port or its driver reinstalled), <b>sign remotely</b> on your phone if you have been issued that service, or have <b>your deputy sign on your behalf</b> with the deputy's own digital signature when the document is in their assigned area. Never hand your device and PIN to someone else to sign with.",
            [
                (
                    "Agree, since the document is urgent and you have read it.",
                    False,
                    "Handing over the device and PIN lets someone else sign with your signature; you answer for everything signed.",
                ),
                (
                    "Refuse; try plugging it in again or another USB port, call the IT team for help on the spot, or sign remotely on your phone if you have the service.",
                    True,
                    "Correct. Most problems are solved quickly when reported to the right people, and the private key stays under your control.",
                ),
                (
                    "Sign a printout by hand so that the clerk can scan it and send it in time.",
                    False,
                    "A scan carries no digital signature; recipients cannot verify it and the unit slips back to paper.",
                ),
            ],
        ),
    ),
    (
        single(
            "Anh/chị mở một công văn PDF do một sở gửi qua thư điện tử. Phần mềm đọc PDF báo “chứng thư chưa được tin cậy” đối với chữ ký trên văn bản. Cách hiểu và xử lý nào đúng?",
            (
                "Mỗi cảnh báo có ý nghĩa riêng. “<b>Văn bản đã bị thay đổi sau khi ký</b>”: không sử dụng, liên hệ cơ quan ban hành để nhận lại bản đúng. “<b>Chứng thư đã hết hạn hoặc bị thu hồi tại thời điểm ký</b>”: chữ ký không có giá trị. “<b>Chứng thư chưa được tin cậy</b>” hoặc “không xác định được danh tính người ký”: thường do máy chưa cài chứng thư gốc của tổ chức chứng thực, chưa chắc văn bản bị giả mạo.",
                "Khi có cảnh báo, chụp lại màn hình thông báo và chuyển văn thư hoặc bộ phận công nghệ thông tin kiểm tra trước khi sử dụng văn bản.",
            ),
            [
                (
                    "Văn bản chắc chắn là giả mạo; báo ngay cho cơ quan công an.",
                    False,
                    "Chưa đủ căn cứ để kết luận giả mạo; cảnh báo này thường do máy thiếu chứng thư gốc.",
                ),
                (
                    "Thường do máy chưa cài chứng thư gốc của tổ chức chứng thực; nhờ bộ phận công nghệ thông tin cài rồi kiểm tra lại, trong lúc chờ chưa coi văn bản là hợp lệ.",
                    True,
                    "Đúng. Cảnh báo này thường nói về máy kiểm tra hơn là về văn bản, nhưng chỉ kết luận sau khi kiểm tra lại.",
                ),
                (
                    "Bỏ qua cảnh báo, vì văn bản có hình chữ ký và con dấu đỏ rõ ràng.",
                    False,
                    "Hình chữ ký và con dấu có thể sao chép; chỉ kết quả kiểm tra chữ ký số mới có giá trị.",
                ),
                (
                    "Văn bản đã bị sửa sau khi ký nên phải đề nghị cơ quan ban hành gửi lại.",
                    False,
                    "Văn bản bị sửa có cảnh báo riêng: “văn bản đã bị thay đổi sau khi ký”. Đây là cảnh báo khác.",
                ),
            ],
        ),
        single(
            "You open a PDF letter sent by a department by email. The PDF reader reports “certificate not trusted” for the signature on the document. Which reading and response are right?",
            (
                "Each warning means something different. “<b>The document has been changed since it was signed</b>”: do not use it; ask the issuing agency for the correct version. “<b>The certificate had expired or been revoked at the time of signing</b>”: the signature has no value. “<b>Certificate not trusted</b>” or “signer's identity unknown”: usually the computer lacks the certification authority's root certificate; it does not necessarily mean the document is forged.",
                "When there is a warning, take a screenshot of it and pass it to the records clerk or the IT team to check before using the document.",
            ),
            [
                (
                    "The document is certainly forged; report it to the police at once.",
                    False,
                    "There are no grounds yet to call it forged; this warning usually means the computer lacks the root certificate.",
                ),
                (
                    "Usually the computer lacks the certification authority's root certificate; ask the IT team to install it and check again, and do not treat the document as valid meanwhile.",
                    True,
                    "Correct. This warning is usually about the checking computer rather than the document, but conclude only after checking again.",
                ),
                (
                    "Ignore the warning, since the document clearly shows a signature and a red seal.",
                    False,
                    "Signature and seal images can be copied; only the result of verifying the digital signature counts.",
                ),
                (
                    "The document was changed after signing, so ask the issuing agency to send it again.",
                    False,
                    "A changed document has its own warning: “the document has been changed since it was signed”. This is a different one.",
                ),
            ],
        ),
    ),
    (
        true_false(
            "Nếu tệp PDF nhận được có hình chữ ký của người ký và hình con dấu đỏ, có thể khẳng định văn bản đã được ký số hợp lệ.",
            "Phần nhìn thấy trên văn bản (hình chữ ký, hình con dấu) <b>không chứng minh được điều gì</b>: ai cũng có thể chèn một hình ảnh vào tệp, và một bản scan cũng có đủ chữ ký, con dấu. Hãy mở bảng thông tin chữ ký để xem tệp có chữ ký số nào, ai ký, văn bản có bị thay đổi không. Nếu tệp không có chữ ký số nào, đó là bản chụp hoặc bản scan; hãy xác minh với nơi gửi và đề nghị gửi văn bản điện tử có chữ ký số qua hệ thống quản lý văn bản.",
            correct=False,
            feedback_true="Chưa đúng. Hình chữ ký và con dấu có thể sao chép, hoặc văn bản chỉ là bản scan.",
            feedback_false="Đúng. Chỉ bảng thông tin chữ ký mới cho biết tệp có chữ ký số hay không và chữ ký có hợp lệ không.",
        ),
        true_false(
            "If a PDF you receive shows the signer's signature and a red seal, you can be sure it has been validly signed digitally.",
            "What you see on the document (a signature image, a seal image) <b>proves nothing</b>: anyone can insert a picture into a file, and a scan also shows a signature and a seal. Open the signature panel to see whether the file carries any digital signature, who signed and whether the document has been changed. If there is no digital signature at all, it is a photo or a scan; check with the sender and ask for the electronic document with its digital signatures through the document management system.",
            correct=False,
            feedback_true="Not quite. Signature and seal images can be copied, or the document may just be a scan.",
            feedback_false="Correct. Only the signature panel tells you whether the file is digitally signed and whether the signature is valid.",
        ),
    ),
    (
        multiple(
            "Khi mở bảng thông tin chữ ký của một công văn điện tử nhận được, anh/chị cần đối chiếu những điều nào? (Chọn tất cả các đáp án đúng.)",
            "Với mỗi chữ ký, phần mềm kiểm tra trả lời bốn câu hỏi: <b>ai ký</b>, <b>văn bản có bị sửa sau khi ký không</b>, <b>chứng thư có hiệu lực tại thời điểm ký không</b>, và <b>chứng thư do ai cấp</b>. Một văn bản của cơ quan nhà nước thường có hai chữ ký cần kiểm tra: của người có thẩm quyền và của cơ quan ban hành. Việc này chỉ mất khoảng một phút; hình ảnh con dấu không cho biết gì về giá trị của chữ ký.",
            [
                (
                    "Tên người ký hoặc cơ quan ký trong chứng thư khớp với họ tên, chức vụ và cơ quan ban hành ghi trên văn bản.",
                    True,
                    "Đúng. Đây là câu hỏi “ai ký?”.",
                ),
                (
                    "Phần mềm kết luận văn bản không bị thay đổi sau khi ký.",
                    True,
                    "Đúng. Đây là câu hỏi về tính toàn vẹn của văn bản.",
                ),
                (
                    "Chứng thư còn hiệu lực tại thời điểm ký và do tổ chức chứng thực được pháp luật công nhận cấp.",
                    True,
                    "Đúng. Chứng thư hết hạn, bị thu hồi hoặc không rõ nguồn gốc thì chữ ký không có giá trị.",
                ),
                (
                    "Màu sắc và kích thước hình con dấu giống với bản giấy anh/chị từng nhận.",
                    False,
                    "Hình con dấu chỉ là phần hiển thị, không cho biết gì về giá trị của chữ ký.",
                ),
            ],
            scoring="all",
        ),
        multiple(
            "When you open the signature panel of an electronic letter you have received, what do you need to check? (Select all that apply.)",
            "For each signature, the verification software answers four questions: <b>who signed</b>, <b>whether the document was changed after signing</b>, <b>whether the certificate was valid at the time of signing</b>, and <b>who issued the certificate</b>. A state agency's document usually has two signatures to check: the competent person's and the issuing agency's. It takes about a minute; the seal image tells you nothing about whether a signature is valid.",
            [
                (
                    "The signer or signing agency named in the certificate matches the name, position and issuing agency shown on the document.",
                    True,
                    "Correct. This is the question “who signed?”.",
                ),
                (
                    "The software concludes that the document has not been changed since it was signed.",
                    True,
                    "Correct. This is the question of the document's integrity.",
                ),
                (
                    "The certificate was valid at the time of signing and was issued by a certification service provider recognised by law.",
                    True,
                    "Correct. An expired, revoked or unrecognised certificate makes the signature worthless.",
                ),
                (
                    "The colour and size of the seal image match the paper copies you have received before.",
                    False,
                    "The seal image is only what is displayed; it says nothing about whether the signature is valid.",
                ),
            ],
            scoring="all",
        ),
    ),
    (
        single(
            "Thống kê của văn thư cho thấy tháng trước, nhiều văn bản đã ký số vẫn được in ra để lãnh đạo ký tay lại và đóng dấu “cho chắc”. Là người đứng đầu, anh/chị chỉ đạo thế nào?",
            "Người đứng đầu chuyển đơn vị sang ký số trọn vẹn bằng việc cụ thể: thống kê văn bản in lại hoặc scan, thống nhất trong lãnh đạo rằng mọi văn bản đi đều ký số trên hệ thống trừ các ngoại lệ được liệt kê rõ (văn bản mật, gửi người không nhận văn bản điện tử), bảo đảm mọi người có thẩm quyền ký đều có chứng thư còn hạn, và xem lại số liệu mỗi tháng. Khi thật sự cần bản giấy, theo khoản 5 Điều 18 Nghị định 30/2020/NĐ-CP, <b>văn thư in văn bản đã ký số ra giấy và đóng dấu</b> để tạo bản chính văn bản giấy; người có thẩm quyền không phải ký lại.",
            [
                (
                    "Giữ nguyên cách làm, vì có thêm bản giấy thì an toàn hơn.",
                    False,
                    "Ký lại trên giấy không làm văn bản có giá trị hơn; nó làm chậm nhiều giờ và tạo ra hai “bản gốc” có thể lệch nhau.",
                ),
                (
                    "Mọi văn bản đi ký số trọn vẹn, trừ ngoại lệ được liệt kê rõ; cần bản giấy thì văn thư in văn bản đã ký số và đóng dấu, không ký lại; theo dõi số liệu mỗi tháng tại giao ban.",
                    True,
                    "Đúng. Quy tắc rõ, ngoại lệ rõ và số liệu hằng tháng giúp thói quen cũ chỉ còn là ngoại lệ.",
                ),
                (
                    "Chuyển hẳn sang ký tay trên giấy rồi scan gửi đi, cho thống nhất một cách làm.",
                    False,
                    "Bản scan không có chữ ký số của người ký; người nhận không kiểm tra được, và số liệu văn bản điện tử bị sai lệch.",
                ),
                (
                    "Cấm mọi bản giấy, kể cả văn bản mật và văn bản gửi người dân không nhận văn bản điện tử.",
                    False,
                    "Văn bản mật không được xử lý trên hệ thống kết nối Internet, và có người dân chỉ nhận bản giấy; đó là những ngoại lệ chính đáng.",
                ),
            ],
        ),
        single(
            "The records clerk's figures show that last month many digitally signed documents were still printed for the leader to sign again by hand and stamp “to be safe”. As head of the unit, what do you direct?",
            "The head moves the unit to fully digital signing through concrete steps: count the documents reprinted or scanned, agree among the leadership that every outgoing document is digitally signed in the system except for clearly listed exceptions (classified documents, recipients who do not accept electronic documents), make sure everyone who signs has a valid certificate, and review the figures every month. When a paper copy is really needed, under Article 18(5) of Decree 30/2020/NĐ-CP, <b>the clerk prints the digitally signed document and stamps it</b> to create the paper original; the competent person does not sign again.",
            [
                (
                    "Keep the practice, since an extra paper copy is safer.",
                    False,
                    "Signing again on paper does not make the document more valid; it adds hours of delay and creates two “originals” that may differ.",
                ),
                (
                    "Every outgoing document fully digitally signed, except listed exceptions; for paper, the clerk prints the signed document and stamps it, no re-signing; review the figures monthly at the briefing.",
                    True,
                    "Correct. Clear rules, clear exceptions and monthly figures turn the old habit into a rare exception.",
                ),
                (
                    "Switch entirely to signing on paper and scanning, so there is only one way of working.",
                    False,
                    "A scan carries no digital signature of the signer; recipients cannot verify it, and the figures on electronic documents are distorted.",
                ),
                (
                    "Ban all paper, including classified documents and documents for citizens who do not accept electronic ones.",
                    False,
                    "Classified documents may not be handled on internet-connected systems, and some citizens only accept paper; these are legitimate exceptions.",
                ),
            ],
        ),
    ),
]


# --- One-stop-shop dashboard (course "bang-theo-doi-ho-so-mot-cua") ----------------------------------

DASHBOARD_QUESTIONS: list[tuple[Block, Block]] = [
    (
        single(
            "Trên bảng theo dõi hồ sơ một cửa, tỷ lệ giải quyết đúng hạn của một đơn vị trong kỳ được tính trên mẫu số nào?",
            "Tỷ lệ đúng hạn = (số hồ sơ giải quyết trước hạn + số hồ sơ giải quyết đúng hạn) ÷ <b>tổng số hồ sơ đã giải quyết</b> trong kỳ × 100%. Một hồ sơ đã quá hạn mà vẫn nằm trên bàn ai đó chưa được tính, cho đến ngày nó được giải quyết. Vì vậy khi đọc bảng, anh/chị luôn nhìn thêm cột <b>“đang giải quyết đã quá hạn”</b>.",
            [
                (
                    "Tổng số hồ sơ đã tiếp nhận trong kỳ.",
                    False,
                    "Hồ sơ đã tiếp nhận gồm cả hồ sơ đang giải quyết; những hồ sơ này chưa được tính vào tỷ lệ.",
                ),
                (
                    "Tổng số hồ sơ đã giải quyết trong kỳ.",
                    True,
                    "Đúng. Tỷ lệ = (trước hạn + đúng hạn) ÷ tổng số đã giải quyết × 100%.",
                ),
                (
                    "Tổng số hồ sơ đã giải quyết cộng với số hồ sơ đang quá hạn.",
                    False,
                    "Nếu vậy thì hồ sơ quá hạn đã hiện ra trong tỷ lệ; thực tế chúng chưa được tính cho đến khi giải quyết xong.",
                ),
                (
                    "Tổng số hồ sơ đang giải quyết.",
                    False,
                    "Hồ sơ đang giải quyết chưa có kết quả nên chưa thể xếp vào trước hạn, đúng hạn hay quá hạn.",
                ),
            ],
        ),
        single(
            "On the one-stop-shop dashboard, what is the denominator of a unit's on-time resolution rate for a period?",
            "On-time rate = (dossiers resolved early + dossiers resolved on time) ÷ <b>all dossiers resolved</b> in the period × 100%. An overdue dossier still sitting on someone's desk is not counted until the day it is resolved. That is why, when reading the dashboard, you always also look at the <b>“in progress, overdue”</b> column.",
            [
                (
                    "All dossiers received in the period.",
                    False,
                    "Dossiers received include those still in progress; they are not yet counted in the rate.",
                ),
                (
                    "All dossiers resolved in the period.",
                    True,
                    "Correct. Rate = (early + on time) ÷ all resolved × 100%.",
                ),
                (
                    "All dossiers resolved plus the dossiers currently overdue.",
                    False,
                    "Then overdue dossiers would show in the rate; in fact they are not counted until they are resolved.",
                ),
                (
                    "All dossiers in progress.",
                    False,
                    "Dossiers in progress have no result yet, so they cannot be classed as early, on time or late.",
                ),
            ],
        ),
    ),
    (
        single(
            "Trong quý, Phường Hướng Dương đạt tỷ lệ đúng hạn 100% trên 40 hồ sơ đã giải quyết và đang có 10 hồ sơ quá hạn chưa giải quyết. Phường Thủy Tiên đạt 93% trên 300 hồ sơ đã giải quyết và có 1 hồ sơ đang quá hạn. Nhận định nào đúng?",
            "Đây chính là tình huống “con số đẹp che hồ sơ trễ” như Phường Thanh Bình trong bài học. Tỷ lệ đúng hạn chỉ tính trên hồ sơ đã giải quyết, nên phải đọc cùng lúc <b>tỷ lệ phần trăm</b>, <b>số hồ sơ phía sau</b> và <b>số hồ sơ đang giải quyết đã quá hạn</b>. Nếu 10 hồ sơ kia được giải quyết (đều đã trễ), tỷ lệ của Phường Hướng Dương chỉ còn 40 ÷ 50 = 80%. Tỷ lệ 100% trên số hồ sơ nhỏ, kèm nhiều hồ sơ quá hạn đang chờ, thường cho thấy hồ sơ khó đang bị để lại.",
            [
                (
                    "Phường Hướng Dương làm tốt nhất, không cần quan tâm.",
                    False,
                    "Tỷ lệ 100% chưa tính 10 hồ sơ đang quá hạn; đây là con số đẹp che hồ sơ trễ.",
                ),
                (
                    "Cần xem Phường Hướng Dương trước: 10 hồ sơ quá hạn chưa được tính vào tỷ lệ, và khi được giải quyết, tỷ lệ của phường sẽ giảm mạnh.",
                    True,
                    "Đúng. So với 40 hồ sơ đã giải quyết, 10 hồ sơ đang quá hạn là một tín hiệu rất lớn.",
                ),
                (
                    "Phường Thủy Tiên đáng lo hơn vì tỷ lệ đúng hạn thấp hơn.",
                    False,
                    "93% trên 300 hồ sơ với chỉ 1 hồ sơ đang quá hạn là kết quả ổn định; vẫn nên theo dõi nhưng không phải ưu tiên.",
                ),
            ],
        ),
        single(
            "Over the quarter, Hướng Dương Ward has an on-time rate of 100% on 40 resolved dossiers and has 10 overdue dossiers still unresolved. Thủy Tiên Ward has 93% on 300 resolved dossiers and 1 overdue dossier in progress. Which statement is right?",
            "This is the “good figure hiding late dossiers” situation of Thanh Bình Ward in the lesson. The on-time rate counts only resolved dossiers, so read together <b>the percentage</b>, <b>the number of dossiers behind it</b> and <b>the number in progress and overdue</b>. If those 10 dossiers are resolved (all of them already late), Hướng Dương Ward's rate falls to 40 ÷ 50 = 80%. A 100% rate on a small number of dossiers, alongside many overdue ones waiting, often means that difficult dossiers are being left aside.",
            [
                (
                    "Hướng Dương Ward is doing best and needs no attention.",
                    False,
                    "The 100% rate does not yet count the 10 overdue dossiers; it is a good figure hiding late ones.",
                ),
                (
                    "Look at Hướng Dương Ward first: its 10 overdue dossiers are not in the rate yet, and once resolved they will pull the rate down sharply.",
                    True,
                    "Correct. Against 40 resolved dossiers, 10 overdue ones in progress are a very strong signal.",
                ),
                (
                    "Thủy Tiên Ward is more worrying because its on-time rate is lower.",
                    False,
                    "93% on 300 dossiers with only 1 overdue is a steady result; keep an eye on it, but it is not the priority.",
                ),
            ],
        ),
    ),
    (
        true_false(
            "Một phường giải quyết 8 hồ sơ trong tháng, trong đó 2 hồ sơ trễ, nên tỷ lệ đúng hạn là 75%. Chỉ riêng con số này đã đủ để kết luận phường đó làm kém hơn hẳn một phường đạt 90% trên 400 hồ sơ.",
            "Đừng đánh giá một đơn vị chỉ qua một con số phần trăm. Với số hồ sơ nhỏ, mỗi hồ sơ làm tỷ lệ thay đổi nhiều: 2 hồ sơ trễ trên 8 là 75%, nhưng chỉ 1 hồ sơ trễ thì đã là 87,5%. Hãy đọc phần trăm cùng <b>số hồ sơ phía sau</b>, so với kỳ trước để thấy <b>xu hướng</b>, và mở chính các hồ sơ trễ để biết nguyên nhân.",
            correct=False,
            feedback_true="Chưa đúng. Với 8 hồ sơ, chỉ một hồ sơ đã làm tỷ lệ lệch 12,5 điểm phần trăm; cần xem thêm xu hướng và từng hồ sơ trễ.",
            feedback_false="Đúng. Tỷ lệ trên số hồ sơ nhỏ dao động mạnh; hãy nhìn số hồ sơ phía sau và xu hướng qua các kỳ.",
        ),
        true_false(
            "A ward resolved 8 dossiers in the month, 2 of them late, so its on-time rate is 75%. This figure alone is enough to conclude that the ward performs far worse than a ward at 90% on 400 dossiers.",
            "Do not judge a unit by one percentage alone. With few dossiers, each one moves the rate a lot: 2 late out of 8 is 75%, but a single late one would already be 87.5%. Read the percentage together with <b>the number of dossiers behind it</b>, compare with the previous period to see <b>the trend</b>, and open the late dossiers themselves to find the cause.",
            correct=False,
            feedback_true="Not quite. With 8 dossiers, a single dossier shifts the rate by 12.5 percentage points; look at the trend and at each late dossier too.",
            feedback_false="Correct. Rates on few dossiers swing widely; look at the number of dossiers behind them and the trend over periods.",
        ),
    ),
    (
        single(
            "Bảng theo dõi cho thấy Phường Sông Xanh có 12 hồ sơ “đang giải quyết đã quá hạn”. Để biết vì sao các hồ sơ này trễ, anh/chị nên làm gì?",
            "Tỷ lệ đúng hạn cho biết <b>ở đâu</b> có vấn đề; danh sách hồ sơ trễ cho biết <b>vì sao</b>. Trong quá trình xử lý của mỗi hồ sơ, tìm bước chiếm nhiều thời gian nhất, những lần trả lại hoặc yêu cầu bổ sung, và ý kiến giải thích. Từ đó phân biệt ba kiểu trễ: nghẽn ở một người hoặc một bước, chờ cơ quan khác trong quy trình liên thông, hồ sơ phức tạp hoặc hướng dẫn không đầy đủ. Mỗi kiểu cần một cách xử lý riêng. Và trước khi đôn đốc người khác, hãy xem hàng chờ ký của chính mình.",
            [
                (
                    "Gửi một thư nhắc chung: “Đề nghị phường khẩn trương giải quyết hồ sơ trễ hạn.”",
                    False,
                    "Lời nhắc chung không thay đổi được những hồ sơ đang chờ cơ quan khác hay bị yêu cầu bổ sung nhiều lần.",
                ),
                (
                    "Bấm vào con số để mở danh sách, sắp xếp theo số ngày quá hạn, rồi mở quá trình xử lý từng hồ sơ: đang ở bước nào, ai giữ, từ ngày nào.",
                    True,
                    "Đúng. Đi từ con số đến từng hồ sơ là cách để thấy nguyên nhân cụ thể của từng trường hợp.",
                ),
                (
                    "Chờ báo cáo cải cách hành chính cuối quý để có số liệu đầy đủ.",
                    False,
                    "Bảng theo dõi cập nhật liên tục; chờ đến cuối quý thì các hồ sơ đã trễ thêm nhiều ngày.",
                ),
            ],
        ),
        single(
            "The dashboard shows that Sông Xanh Ward has 12 dossiers “in progress, overdue”. To find out why they are late, what should you do?",
            "The on-time rate tells you <b>where</b> there is a problem; the list of late dossiers tells you <b>why</b>. In each dossier's processing history, look for the step that took longest, any returns or requests for supplements, and explanatory comments. That lets you tell the three kinds of delay apart: a bottleneck at one person or step, waiting for another agency in an inter-agency procedure, or a complex dossier or incomplete guidance. Each kind needs a different response. And before chasing others, check your own signature queue.",
            [
                (
                    "Send a general reminder: “The ward is requested to deal urgently with late dossiers.”",
                    False,
                    "A general reminder changes nothing for dossiers waiting for another agency or sent back several times for supplements.",
                ),
                (
                    "Click the figure to open the list, sort by days overdue, then open each dossier's processing history: which step, who holds it, since when.",
                    True,
                    "Correct. Going from the figure to each dossier is how you see the actual cause of each case.",
                ),
                (
                    "Wait for the end-of-quarter administrative reform report to have complete figures.",
                    False,
                    "The dashboard is updated continuously; by the end of the quarter those dossiers will be many days later still.",
                ),
            ],
        ),
    ),
    (
        multiple(
            "Khi gửi danh sách hồ sơ quá hạn cho người phụ trách, anh/chị yêu cầu họ trả lời những ý nào cho từng hồ sơ? (Chọn tất cả các đáp án đúng.)",
            "Quy trình đôn đốc trong ngày: gửi danh sách cho người chịu trách nhiệm trực tiếp, yêu cầu với mỗi hồ sơ <b>lý do trễ, việc còn phải làm và ngày cam kết trả kết quả</b>, rồi ghi ngày kiểm tra lại vào lịch và mở lại danh sách đúng ngày đó. Lời lẽ trong thư hướng tới công việc; đánh giá trách nhiệm cá nhân để sau, khi đã rõ nguyên nhân.",
            [
                ("Lý do trễ.", True, "Đúng. Biết lý do mới chọn đúng cách xử lý."),
                ("Việc còn phải làm.", True, "Đúng. Cho biết hồ sơ còn cách kết quả bao xa."),
                ("Ngày cam kết trả kết quả.", True, "Đúng. Đây là mốc để anh/chị kiểm tra lại."),
                (
                    "Bản tự kiểm điểm của công chức đang giữ hồ sơ.",
                    False,
                    "Đánh giá trách nhiệm để sau, khi đã rõ nguyên nhân; thư đôn đốc hướng tới công việc, không hướng tới lỗi cá nhân.",
                ),
            ],
            scoring="all",
        ),
        multiple(
            "When you send the list of overdue dossiers to the person responsible, what do you ask them to answer for each dossier? (Select all that apply.)",
            "The same-day follow-up routine: send the list to the person directly responsible, ask for each dossier <b>the reason for the delay, what remains to be done and the committed date for the result</b>, then put a date to check again in your calendar and reopen the list on that day. The wording is about the work; assessing individual responsibility comes later, once the causes are clear.",
            [
                (
                    "The reason for the delay.",
                    True,
                    "Correct. Knowing the reason is how you choose the right response.",
                ),
                ("What remains to be done.", True, "Correct. It shows how far the dossier is from a result."),
                ("The committed date for the result.", True, "Correct. This is the date you check against."),
                (
                    "A written self-criticism from the officer holding the dossier.",
                    False,
                    "Responsibility is assessed later, once the causes are clear; a follow-up message is about the work, not individual fault.",
                ),
            ],
            scoring="all",
        ),
    ),
    (
        single(
            "Một hồ sơ cấp giấy phép xây dựng chắc chắn không thể trả kết quả đúng ngày hẹn vì cần xác minh thêm tại thực địa. Theo quy định về cơ chế một cửa, đơn vị phải làm gì?",
            "Theo quy định của Chính phủ về cơ chế một cửa, một cửa liên thông, khi hồ sơ không thể trả đúng hẹn, cơ quan giải quyết phải gửi người nộp hồ sơ <b>văn bản xin lỗi</b> (Phiếu xin lỗi và hẹn lại ngày trả kết quả), nêu rõ lý do và thời gian hẹn trả kết quả mới. Gửi trước ngày hẹn cũ để người dân không phải đi lại vô ích. Hồ sơ vẫn được tính là trễ, và chính số liệu trung thực đó giúp lãnh đạo thấy đúng vấn đề.",
            [
                (
                    "Chờ người dân đến nhận kết quả thì giải thích trực tiếp và hẹn miệng ngày khác.",
                    False,
                    "Người dân phải đi lại vô ích; quy định yêu cầu xin lỗi và hẹn lại bằng văn bản, trước ngày hẹn cũ.",
                ),
                (
                    "Gửi người dân Phiếu xin lỗi và hẹn lại ngày trả kết quả trước ngày hẹn cũ, nêu rõ lý do và ngày hẹn mới.",
                    True,
                    "Đúng. Người dân được báo trước, biết lý do và có ngày hẹn mới rõ ràng.",
                ),
                (
                    "Yêu cầu người dân bổ sung một giấy tờ để hồ sơ chuyển sang trạng thái tạm dừng.",
                    False,
                    "Yêu cầu bổ sung không có căn cứ để “dừng đồng hồ” là sai quy định và làm sai lệch số liệu.",
                ),
                (
                    "Trả lại hồ sơ để người dân nộp lại sau khi xác minh xong.",
                    False,
                    "Trả lại hồ sơ hợp lệ để “làm mới” thời hạn là cách làm đẹp số liệu không được chấp nhận.",
                ),
            ],
        ),
        single(
            "A building permit dossier certainly cannot be returned on the appointed date because a further site check is needed. Under the one-stop-shop rules, what must the unit do?",
            "Under the Government's rules on the one-stop-shop and inter-agency one-stop-shop mechanism, when a dossier cannot be returned on the appointed date, the handling agency must send the applicant <b>a written apology</b> (the apology and new appointment slip) stating the reason and the new date for the result. Send it before the old date so that the citizen does not make a wasted trip. The dossier still counts as late, and those honest figures are exactly what lets the leader see the real problem.",
            [
                (
                    "Wait until the citizen comes to collect the result, then explain in person and agree another date verbally.",
                    False,
                    "The citizen makes a wasted trip; the rules require a written apology and new date, before the old date.",
                ),
                (
                    "Send the citizen the apology and new appointment slip before the old date, stating the reason and the new date.",
                    True,
                    "Correct. The citizen is told in advance, knows the reason and has a clear new date.",
                ),
                (
                    "Ask the citizen for an additional document so that the dossier is paused.",
                    False,
                    "A groundless request for supplements to “stop the clock” breaks the rules and distorts the figures.",
                ),
                (
                    "Return the dossier so that the citizen resubmits it after the site check.",
                    False,
                    "Returning a valid dossier to “restart” the deadline is a way of improving the figures that is not acceptable.",
                ),
            ],
        ),
    ),
    (
        multiple(
            "Những cách làm nào dưới đây là “làm đẹp” tỷ lệ đúng hạn và không được chấp nhận? (Chọn tất cả các đáp án đúng.)",
            "Áp lực về tỷ lệ đúng hạn đôi khi đẩy đơn vị đến những cách làm sai: yêu cầu bổ sung không cần thiết để hồ sơ tạm dừng, tiếp nhận ngoài hệ thống, trả lại hồ sơ hợp lệ để nộp lại từ đầu, báo “đã giải quyết” khi người dân chưa nhận kết quả. Những cách này sai quy định, làm người dân đi lại nhiều lần và che đi chính vấn đề lãnh đạo cần thấy. Lãnh đạo cần nói rõ là không chấp nhận, đồng thời <b>ghi nhận công khai</b> những người giữ tỷ lệ cao bằng cách làm đúng.",
            [
                (
                    "Yêu cầu người dân bổ sung giấy tờ không cần thiết để hồ sơ chuyển sang trạng thái tạm dừng.",
                    True,
                    "Đúng. Đây là “dừng đồng hồ” trái quy định, làm người dân đi lại vô ích.",
                ),
                (
                    "Tiếp nhận hồ sơ ngoài hệ thống, hẹn miệng, đến khi gần xong mới nhập vào hệ thống.",
                    True,
                    "Đúng. Hồ sơ không có trên hệ thống thì không ai theo dõi được thời hạn thật.",
                ),
                (
                    "Cập nhật trạng thái “đã giải quyết” khi người dân chưa nhận được kết quả.",
                    True,
                    "Đúng. Số liệu báo đã xong trong khi người dân vẫn đang chờ.",
                ),
                (
                    "Gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả cho hồ sơ không kịp hẹn.",
                    False,
                    "Đây là cách làm đúng quy định, không phải làm đẹp số liệu: hồ sơ vẫn được tính là trễ.",
                ),
                (
                    "Bố trí thêm người cho Bộ phận Một cửa vào giờ cao điểm.",
                    False,
                    "Đây là biện pháp khắc phục thật sự: giải quyết nhanh hơn chứ không che giấu gì.",
                ),
            ],
            scoring="partial",
        ),
        multiple(
            "Which of the following are ways of “improving” the on-time rate that are not acceptable? (Select all that apply.)",
            "Pressure on the on-time rate sometimes pushes units towards wrong practices: asking for unnecessary supplements so the dossier is paused, receiving dossiers outside the system, returning valid dossiers so citizens resubmit from scratch, marking dossiers “resolved” before the citizen has the result. These practices break the rules, send citizens back again and again, and hide the very problem the leader needs to see. Leaders should say clearly that they are not acceptable, and <b>publicly recognise</b> those who keep high rates by doing things properly.",
            [
                (
                    "Asking citizens for unnecessary documents so that the dossier moves to a paused state.",
                    True,
                    "Correct. This “stops the clock” against the rules and sends citizens on pointless trips.",
                ),
                (
                    "Receiving dossiers outside the system with a verbal appointment, and entering them only when nearly done.",
                    True,
                    "Correct. A dossier that is not in the system has no deadline anyone can track.",
                ),
                (
                    "Marking a dossier “resolved” before the citizen has received the result.",
                    True,
                    "Correct. The figures say it is done while the citizen is still waiting.",
                ),
                (
                    "Sending the apology and new appointment slip for a dossier that will miss its date.",
                    False,
                    "This is what the rules require, not window-dressing: the dossier still counts as late.",
                ),
                (
                    "Adding staff to the One-Stop Desk at peak hours.",
                    False,
                    "This is a real remedy: it speeds things up and hides nothing.",
                ),
            ],
            scoring="partial",
        ),
    ),
    (
        true_false(
            "Với hồ sơ đang chờ cơ quan khác trong quy trình liên thông (ví dụ chờ cơ quan đăng ký đất đai), cách hiệu quả là lãnh đạo trực tiếp trao đổi với lãnh đạo cơ quan đó, nêu mã hồ sơ và thời hạn cần phản hồi.",
            "Trong ba kiểu trễ hạn, kiểu <b>chờ cơ quan khác</b> là kiểu cấp phường khó tự giải quyết; lời nhắc chung “khẩn trương giải quyết” không có tác dụng với nó. Bài học khuyên lãnh đạo trực tiếp gọi điện hoặc gửi thư cho lãnh đạo cơ quan kia, nêu mã hồ sơ và thời hạn cần phản hồi, như trong thư đôn đốc mẫu về hồ sơ SX-0452.",
            correct=True,
            feedback_true="Đúng. Cấp dưới khó tự giải quyết việc chờ cơ quan khác; lãnh đạo trao đổi trực tiếp với lãnh đạo thì tháo gỡ nhanh hơn.",
            feedback_false="Chưa đúng. Nhắc công chức khẩn trương không thay đổi được thời gian xử lý của cơ quan khác.",
        ),
        true_false(
            "For a dossier waiting for another agency in an inter-agency procedure (for example, the land registration office), the effective approach is for the leader to speak directly to that agency's leader, giving the dossier code and the date by which a response is needed.",
            "Of the three kinds of delay, <b>waiting for another agency</b> is the one a ward can hardly solve on its own; a general reminder to “deal with it urgently” has no effect on it. The lesson advises the leader to phone or write to the other agency's leader directly, giving the dossier code and the deadline for a response, as in the sample follow-up message about dossier SX-0452.",
            correct=True,
            feedback_true="Correct. Staff can hardly solve a wait for another agency; leader-to-leader contact unblocks it faster.",
            feedback_false="Not quite. Urging the officer to hurry does not change how long the other agency takes.",
        ),
    ),
    (
        true_false(
            "Một phường đạt tỷ lệ giải quyết đúng hạn 100% thì có thể yên tâm rằng người dân hài lòng với dịch vụ của phường.",
            "Trong bài học, Phường Thanh Bình đạt 100% đúng hạn nhưng chỉ 71% hài lòng: chín người dân có hồ sơ đang quá hạn khó có thể hài lòng, và số liệu hài lòng phản ánh đúng điều mà tỷ lệ đúng hạn che đi. Hãy đọc <b>mức hài lòng cùng tỷ lệ đúng hạn và số lượt đánh giá</b>; chênh lệch lớn là tín hiệu cần tìm hiểu, và các ý kiến không hài lòng thường chỉ ra đúng vấn đề.",
            correct=False,
            feedback_true="Chưa đúng. Hồ sơ trả đúng hẹn mà người dân vẫn có thể phải đi lại nhiều lần, chờ lâu hay được hướng dẫn thiếu nhiệt tình.",
            feedback_false="Đúng. Đúng hạn là điều kiện cần; mức hài lòng cho biết người dân thực sự trải nghiệm dịch vụ ra sao.",
        ),
        true_false(
            "If a ward's on-time resolution rate is 100%, you can be confident that citizens are satisfied with its service.",
            "In the lesson, Thanh Bình Ward is 100% on time but only 71% satisfied: nine citizens with overdue dossiers are hardly satisfied, and the satisfaction figure shows exactly what the on-time rate hides. Read <b>satisfaction together with the on-time rate and the number of ratings</b>; a large gap is a signal to look into, and dissatisfied comments usually point to the real problem.",
            correct=False,
            feedback_true="Not quite. A dossier can be returned on time while the citizen still had to come back several times, wait long or got grudging guidance.",
            feedback_false="Correct. Being on time is necessary; satisfaction tells you how citizens actually experience the service.",
        ),
    ),
    (
        single(
            "Để cải thiện chỉ số hài lòng quý tới, một cán bộ đề xuất đứng cạnh thiết bị đánh giá tại Bộ phận Một cửa và gợi ý người dân chọn “hài lòng”. Anh/chị xử lý thế nào?",
            "Nhắc người dân đánh giá là tốt; gợi ý hay thúc ép họ chọn “hài lòng” thì không, vì số liệu bị tác động sẽ mất giá trị. Cách cải thiện thật sự là quy trình hằng tháng: đọc toàn bộ ý kiến không hài lòng, <b>phân loại nguyên nhân</b> (đi lại nhiều lần, chờ lâu, giấy tờ ngoài quy định, thái độ phục vụ, cơ sở vật chất), gọi lại một vài người dân để hiểu rõ và xin lỗi khi cơ quan có lỗi, giao việc khắc phục theo từng nguyên nhân và báo cáo kết quả tại giao ban tháng sau.",
            [
                (
                    "Đồng ý, vì chỉ số hài lòng ảnh hưởng đến xếp hạng cải cách hành chính của đơn vị.",
                    False,
                    "Số liệu bị tác động mất giá trị và che đi chính những vấn đề anh/chị cần biết.",
                ),
                (
                    "Không đồng ý; chỉ nhắc người dân đánh giá và để họ tự chọn; mỗi tháng đọc ý kiến không hài lòng, phân loại nguyên nhân và giao việc khắc phục.",
                    True,
                    "Đúng. Đánh giá tự nguyện là kênh phản hồi trực tiếp nhất; mỗi lượt không hài lòng là một thông tin quý.",
                ),
                (
                    "Tắt thiết bị đánh giá vào giờ cao điểm để tránh đánh giá xấu khi người dân phải chờ lâu.",
                    False,
                    "Giờ cao điểm là lúc cần nghe người dân nhất; chờ lâu là nguyên nhân cần khắc phục, không phải điều cần che đi.",
                ),
            ],
        ),
        single(
            "To raise next quarter's satisfaction figure, an officer proposes standing next to the rating device at the One-Stop Desk and suggesting that citizens choose “satisfied”. What do you do?",
            "Reminding citizens to give a rating is good; suggesting or pushing them to choose “satisfied” is not, because figures that are influenced lose their value. The real way to improve is a monthly routine: read all dissatisfied comments, <b>sort them by cause</b> (repeated trips, long waits, documents not required by the rules, attitude, facilities), call back a few citizens to understand what happened and apologise where the agency was at fault, assign remedies by cause and report the results at the next monthly briefing.",
            [
                (
                    "Agree, since the satisfaction figure affects the unit's administrative reform ranking.",
                    False,
                    "Influenced figures lose their value and hide the very problems you need to know about.",
                ),
                (
                    "Refuse; only remind citizens to rate and let them choose; each month read dissatisfied comments, sort them by cause and assign remedies.",
                    True,
                    "Correct. Voluntary ratings are your most direct feedback; every dissatisfied rating is valuable information.",
                ),
                (
                    "Switch off the rating device at peak hours to avoid bad ratings when citizens wait long.",
                    False,
                    "Peak hours are when you most need to hear citizens; long waits are a cause to fix, not something to hide.",
                ),
            ],
        ),
    ),
]


QUIZZES: dict[str, dict[str, Any]] = {
    "thu-dien-tu-cong-vu": _quiz(
        "những gì đã học về hộp thư công vụ: thói quen hằng ngày, giao việc qua thư, tệp đính kèm, nhận diện thư lừa đảo và làm việc an toàn ngoài cơ quan",
        "what you have learnt about the official mailbox: the daily habit, assigning work by email, attachments, spotting phishing and working safely away from the office",
        EMAIL_QUESTIONS,
    ),
    "chu-ky-so-van-ban-dien-tu": _quiz(
        "những gì đã học về chữ ký số: giá trị pháp lý, chữ ký số cá nhân và của cơ quan, ký và kiểm tra văn bản PDF, không in ra, không scan lại",
        "what you have learnt about digital signatures: legal value, personal and agency signatures, signing and verifying PDFs, no printing and no rescanning",
        ESIGNATURE_QUESTIONS,
    ),
    "bang-theo-doi-ho-so-mot-cua": _quiz(
        "những gì đã học về bảng theo dõi hồ sơ một cửa: đọc tỷ lệ đúng hạn, mở hồ sơ trễ hạn, đôn đốc và xin lỗi người dân, theo dõi mức độ hài lòng",
        "what you have learnt about the one-stop-shop dashboard: reading on-time rates, opening late dossiers, following up and apologising to citizens, tracking satisfaction",
        DASHBOARD_QUESTIONS,
    ),
}

__all__ = ["QUIZZES"]
