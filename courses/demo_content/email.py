# ruff: noqa: E501, RUF001 -- long prose lines; en dashes and the multiplication sign are typography
"""Demo course: official email for leaders (Vietnamese with an English version).

All names of units and people are fictional; the demo city is Thành phố An Khang.
"""

from __future__ import annotations

DAILY_USE = {
    "slug": "su-dung-hop-thu-hang-ngay",
    "minutes": 6,
    "title": {
        "vi": "Dùng hộp thư công vụ mỗi ngày",
        "en": "Using your official mailbox every day",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Hộp thư công vụ là kênh trao đổi công việc chính thức giữa anh/chị với cấp trên, cấp dưới và các cơ quan khác. Khi lãnh đạo không mở hộp thư, công việc không dừng lại: nó chuyển sang điện thoại, tin nhắn cá nhân và giấy tờ in ra, vừa chậm vừa khó truy vết. Bài này giúp anh/chị tạo một thói quen ngắn, khoảng 15 phút mỗi ngày, để hộp thư phục vụ công việc thay vì trở thành gánh nặng.</p>",
            },
            {"type": "heading", "value": {"text": "Vì sao lãnh đạo cần tự dùng hộp thư", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Ở không ít đơn vị, hộp thư của lãnh đạo do văn phòng “mở hộ” hoặc gần như bỏ trống. Cách làm đó để lại ba hệ quả:</p><ul><li><b>Chậm:</b> giấy mời họp, báo cáo nhanh, đề xuất xin ý kiến phải qua một người trung gian rồi mới đến anh/chị, và ý kiến của anh/chị lại đi ngược con đường ấy.</li><li><b>Mất dấu vết:</b> ý kiến chỉ đạo qua điện thoại hay tin nhắn cá nhân không được lưu cùng hồ sơ công việc; đến khi cần đối chiếu thì không còn, hoặc mỗi người nhớ một kiểu.</li><li><b>Không an toàn:</b> đưa mật khẩu cho người khác nghĩa là mọi thư gửi đi từ hộp thư đó đều mang danh anh/chị, kể cả những thư anh/chị không hề biết.</li></ul><p>Ngược lại, khi lãnh đạo trả lời thư đúng hạn, cấp dưới cũng dùng thư nghiêm túc hơn: báo cáo gửi đúng người, đúng hạn, có tệp kèm theo đầy đủ. Thói quen của người đứng đầu quyết định thói quen của cả đơn vị. Nhiều địa phương còn đưa việc sử dụng hộp thư công vụ vào tiêu chí đánh giá cải cách hành chính và thi đua, khen thưởng hằng năm.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Căn cứ",
                    "text": "<p><b>Chỉ thị 34/2008/CT-TTg</b> ngày 03/12/2008 của Thủ tướng Chính phủ yêu cầu tăng cường sử dụng hệ thống thư điện tử trong hoạt động của cơ quan nhà nước. <b>Luật Giao dịch điện tử 2023</b> (Luật số 20/2023/QH15) coi thư điện tử là một hình thức thông điệp dữ liệu; thông tin không bị phủ nhận giá trị pháp lý chỉ vì được thể hiện dưới dạng thông điệp dữ liệu.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Thói quen 15 phút mỗi ngày", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Ba lần mở hộp thư trong ngày",
                    "steps": [
                        {
                            "instruction": "Đầu giờ sáng (khoảng 5 phút): lướt qua thư mới, gắn cờ những thư cần anh/chị quyết định trong ngày. Thư chỉ để biết thì đọc nhanh rồi chuyển vào thư mục lưu.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đầu giờ chiều (khoảng 5 phút): trả lời các thư đã gắn cờ. Việc cần giao thì chuyển tiếp kèm ý kiến chỉ đạo cụ thể, không chỉ ghi “Chuyển anh Nam”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Cuối ngày (khoảng 5 phút): xem lại thư còn gắn cờ. Việc nào chưa xử lý được thì trả lời ngắn để người gửi biết khi nào anh/chị sẽ có ý kiến.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nếu hệ thống cho phép, chỉ bật thông báo trên điện thoại cho thư từ cấp trên và thư đánh dấu khẩn, để không bị gián đoạn bởi mọi thư đến.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Trả lời ngắn vẫn hơn im lặng",
                    "text": "<p>Một dòng “Đã nhận, tôi sẽ cho ý kiến trước thứ Năm” giúp người gửi yên tâm và không phải gọi điện hỏi lại. Anh/chị không cần viết dài; điều quan trọng là trả lời <b>đúng hạn</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Sắp xếp hộp thư gọn gàng", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Hộp thư gọn giúp anh/chị tìm lại một thư cũ trong vài giây thay vì vài phút. Một cách sắp xếp đơn giản, đủ dùng cho lãnh đạo:</p><ul><li><b>Hộp thư đến</b> chỉ giữ thư đang chờ xử lý. Thư đã xong thì chuyển vào thư mục lưu.</li><li>Tối đa năm, sáu <b>thư mục theo lĩnh vực</b> anh/chị phụ trách, ví dụ “Cải cách hành chính”, “Đất đai – Xây dựng”, “Giao ban”. Không cần tạo thư mục cho từng người gửi.</li><li>Dùng <b>quy tắc lọc tự động</b> cho thư thông báo định kỳ như bản tin, thư hệ thống, để chúng không lấn át thư cần xử lý.</li><li>Dùng ô <b>tìm kiếm</b> theo người gửi, tiêu đề hoặc số, ký hiệu văn bản thay vì cuộn tìm từng trang.</li></ul><p>Anh/chị nên cài <b>chữ ký cuối thư</b> thống nhất gồm họ tên, chức vụ, cơ quan và số điện thoại cơ quan. Người nhận biết ngay anh/chị là ai và liên hệ qua đúng kênh.</p>",
            },
            {"type": "heading", "value": {"text": "Ai được đọc thư của anh/chị?", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Nhiều lãnh đạo nhờ thư ký hoặc chánh văn phòng theo dõi hộp thư giúp. Việc hỗ trợ là cần thiết, nhưng <b>không đưa mật khẩu</b> cho người khác. Nếu hệ thống thư điện tử công vụ của thành phố có chức năng ủy quyền truy cập hoặc hộp thư dùng chung của văn phòng, hãy đề nghị bộ phận công nghệ thông tin thiết lập. Khi đó mỗi người vẫn đăng nhập bằng tài khoản của mình, và mọi thao tác được ghi nhận đúng người thực hiện.</p><p>Nếu hệ thống chưa có chức năng này, cách đơn giản là để thư ký nhận thư qua hộp thư của văn phòng, tổng hợp những việc cần anh/chị cho ý kiến, còn ý kiến thì anh/chị tự trả lời từ hộp thư của mình.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Sáng thứ Hai, hộp thư của anh/chị có 40 thư mới. Cách xử lý nào phù hợp nhất với thói quen 15 phút mỗi ngày?",
                    "choices": [
                        {
                            "text": "Đọc lần lượt từng thư từ trên xuống cho đến khi hết.",
                            "correct": False,
                            "feedback": "Đọc tuần tự khiến việc quan trọng bị đẩy xuống cuối; anh/chị dễ hết thời gian trước khi đến thư cần quyết định.",
                        },
                        {
                            "text": "Lướt nhanh, gắn cờ thư cần quyết định trong ngày, lưu thư chỉ để biết, rồi trả lời các thư gắn cờ vào đầu giờ chiều.",
                            "correct": True,
                            "feedback": "Đúng. Phân loại trước, xử lý sau giúp anh/chị tập trung vào những thư thực sự cần ý kiến của mình.",
                        },
                        {
                            "text": "Nhờ thư ký đăng nhập bằng mật khẩu của anh/chị để đọc hộ và báo lại.",
                            "correct": False,
                            "feedback": "Không nên chia sẻ mật khẩu: mọi thư gửi đi từ hộp thư đều mang danh anh/chị. Hãy dùng chức năng ủy quyền nếu hệ thống có.",
                        },
                    ],
                    "explanation": "Thói quen hiệu quả là phân loại nhanh rồi xử lý theo mức ưu tiên, không đọc tuần tự và không giao mật khẩu cho người khác. Phần lớn thư chỉ cần đọc để biết; chỉ một số ít cần anh/chị quyết định, và đó là những thư nên được trả lời ngay trong ngày.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Mở hộp thư công vụ ba lần mỗi ngày, tổng cộng khoảng 15 phút: phân loại buổi sáng, trả lời đầu giờ chiều, rà soát cuối ngày.",
                        "Trả lời ngắn nhưng đúng hạn; nếu chưa quyết được, báo cho người gửi khi nào sẽ có ý kiến.",
                        "Hộp thư đến chỉ giữ việc đang chờ; thư đã xong lưu vào vài thư mục theo lĩnh vực.",
                        "Không chia sẻ mật khẩu; dùng chức năng ủy quyền truy cập nếu cần người hỗ trợ.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Your official mailbox is the formal channel for work between you, your superiors, your staff and other agencies. When a leader does not open the mailbox, the work does not stop: it moves to phone calls, personal messaging and printed paper, which are slower and hard to trace. This lesson helps you build a short habit, about 15 minutes a day, so that the mailbox serves your work instead of becoming a burden.</p>",
            },
            {"type": "heading", "value": {"text": "Why leaders should use the mailbox themselves", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>In quite a few units the leader's mailbox is “opened on their behalf” by the office, or left almost empty. That has three consequences:</p><ul><li><b>Delay:</b> meeting invitations, quick reports and requests for direction pass through an intermediary before they reach you, and your answer travels back the same way.</li><li><b>No trail:</b> directions given by phone or personal message are not kept with the work file; when someone needs to check them later they are gone, or everyone remembers them differently.</li><li><b>No security:</b> giving your password to someone else means that every message sent from that mailbox carries your name, including ones you never knew about.</li></ul><p>Conversely, when the leader answers email on time, staff take email more seriously too: reports go to the right person, on time, with complete attachments. The habits of the head of a unit become the habits of the whole unit. Many localities also count the use of official mailboxes among their criteria for assessing administrative reform and for annual emulation awards.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Legal basis",
                    "text": "<p><b>Directive 34/2008/CT-TTg</b> of 3 December 2008 of the Prime Minister requires state agencies to make greater use of email in their work. The <b>Law on Electronic Transactions 2023</b> (Law No. 20/2023/QH15) treats email as a form of data message; information is not denied legal effect merely because it is in the form of a data message.</p>",
                },
            },
            {"type": "heading", "value": {"text": "A 15-minute daily habit", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Open the mailbox three times a day",
                    "steps": [
                        {
                            "instruction": "Start of the morning (about 5 minutes): skim the new messages and flag those that need your decision today. Messages that are for information only: read quickly, then move them to a storage folder.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Start of the afternoon (about 5 minutes): answer the flagged messages. When you delegate, forward with a specific direction, not just “To Mr Nam”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "End of the day (about 5 minutes): review what is still flagged. For anything you could not deal with, send a short reply so the sender knows when to expect your decision.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "If the system allows it, turn on phone notifications only for messages from your superiors and messages marked urgent, so that not every incoming message interrupts you.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "A short reply beats silence",
                    "text": "<p>One line such as “Received, I will give my opinion before Thursday” reassures the sender and saves a phone call. You do not need to write at length; what matters is replying <b>on time</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Keep the mailbox tidy", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>A tidy mailbox lets you find an old message in seconds rather than minutes. A simple arrangement that is enough for a leader:</p><ul><li>The <b>inbox</b> holds only messages waiting for action. When something is done, move it to a storage folder.</li><li>At most five or six <b>folders by area of responsibility</b>, for example “Administrative reform”, “Land and construction”, “Briefing meetings”. There is no need for a folder per sender.</li><li>Use <b>automatic filter rules</b> for routine notices such as newsletters and system messages, so they do not crowd out the messages that need action.</li><li>Use the <b>search</b> box by sender, subject or document number instead of scrolling page by page.</li></ul><p>Set up a consistent <b>email signature</b> with your full name, position, agency and office phone number. Recipients know at once who you are and contact you through the right channel.</p>",
            },
            {"type": "heading", "value": {"text": "Who may read your email?", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Many leaders ask a secretary or the head of the office to keep an eye on their mailbox. That support is useful, but <b>do not hand over your password</b>. If the city's official email system offers delegated access or a shared office mailbox, ask the IT team to set it up. Everyone then signs in with their own account, and every action is recorded against the person who took it.</p><p>If the system has no such feature yet, a simple alternative is for the secretary to receive mail through the office mailbox and summarise what needs your opinion, while you give your opinion yourself from your own mailbox.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "On Monday morning your mailbox has 40 new messages. Which approach best fits the 15-minute daily habit?",
                    "choices": [
                        {
                            "text": "Read every message in order from the top until you reach the end.",
                            "correct": False,
                            "feedback": "Reading in order pushes important items to the bottom; you may run out of time before reaching the messages that need a decision.",
                        },
                        {
                            "text": "Skim, flag the messages that need a decision today, file those that are for information only, then answer the flagged ones early in the afternoon.",
                            "correct": True,
                            "feedback": "Correct. Sorting first and acting afterwards lets you concentrate on the messages that really need your opinion.",
                        },
                        {
                            "text": "Ask your secretary to sign in with your password, read them for you and report back.",
                            "correct": False,
                            "feedback": "Do not share your password: every message sent from the mailbox carries your name. Use delegated access if the system offers it.",
                        },
                    ],
                    "explanation": "An effective habit is to sort quickly and then act by priority, not to read in order and not to give your password to anyone. Most messages are for information only; only a few need your decision, and those are the ones to answer the same day.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Open the official mailbox three times a day, about 15 minutes in all: sort in the morning, reply early in the afternoon, review at the end of the day.",
                        "Reply briefly but on time; if you cannot decide yet, tell the sender when you will.",
                        "Keep only pending work in the inbox; file finished messages in a few folders by area.",
                        "Never share your password; use delegated access if you need someone to help.",
                    ],
                },
            },
        ],
    },
}

DIRECTING_WORK = {
    "slug": "giao-viec-va-cho-y-kien-qua-thu",
    "minutes": 7,
    "title": {
        "vi": "Giao việc và cho ý kiến qua thư điện tử",
        "en": "Directing and approving work by email",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Phần lớn thời gian làm việc của lãnh đạo là giao việc, đôn đốc và cho ý kiến về các dự thảo. Thư điện tử rất hợp với những việc này: ý kiến được lưu lại, đến cùng lúc nhiều người, kèm theo tài liệu, và anh/chị có thể xử lý ngay cả khi đang đi cơ sở. Điều kiện là thư phải <b>rõ ràng</b>: ai làm, làm gì, đến khi nào, báo cáo ra sao. Bài này đưa ra một khuôn mẫu đơn giản cho thư giao việc và thư cho ý kiến.</p>",
            },
            {"type": "heading", "value": {"text": "Một thư giao việc rõ ràng", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Một thư giao việc tốt giúp người nhận bắt tay vào làm ngay mà không phải gọi điện hỏi lại. Nó luôn trả lời được sáu câu hỏi:</p><ol><li><b>Việc gì?</b> Nêu ngắn gọn nội dung công việc.</li><li><b>Ai chủ trì?</b> Một việc chỉ có một người hoặc một đơn vị chủ trì.</li><li><b>Ai phối hợp?</b> Các đơn vị, cá nhân cùng tham gia.</li><li><b>Kết quả cần có là gì?</b> Một báo cáo, một danh sách, một dự thảo văn bản...</li><li><b>Hạn khi nào?</b> Cụ thể đến ngày và giờ.</li><li><b>Báo cáo bằng cách nào?</b> Ví dụ: trả lời ngay trong chuỗi thư này, kèm tệp.</li></ol><p>Nếu thiếu một trong sáu ý này, gần như chắc chắn anh/chị sẽ nhận được một cuộc gọi hỏi lại, hoặc tệ hơn, một kết quả không như mong muốn.</p>",
            },
            {
                "type": "steps",
                "value": {
                    "title": "Viết một thư giao việc trong 5 phút",
                    "steps": [
                        {
                            "instruction": "Tiêu đề ghi rõ loại việc, nội dung và thời hạn, ví dụ: “Giao việc: rà soát 12 hồ sơ đất đai trễ hạn – báo cáo trước 16h00 ngày 14/3”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ô “Người nhận” chỉ ghi người chủ trì. Người phối hợp và người cần biết để ở ô “CC”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Câu đầu tiên nêu ngay yêu cầu: “Giao Phòng Quản lý đô thị chủ trì, phối hợp Bộ phận Một cửa rà soát...”. Không mở đầu bằng lời dẫn dài.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nêu kết quả cần có (báo cáo, danh sách, dự thảo) và cách gửi lại (trả lời thư này, kèm tệp).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ghi thời hạn cụ thể đến ngày, giờ; tránh những chữ chung chung như “sớm”, “khẩn trương”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đính kèm hoặc dẫn số, ký hiệu văn bản liên quan, đọc lại một lượt rồi mới bấm “Gửi”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Mẫu câu giao việc",
                    "text": "<p><i>“Giao Trưởng phòng Quản lý đô thị chủ trì, phối hợp Chủ tịch UBND Phường Hoa Sen kiểm tra hiện trạng công trình tại địa chỉ nêu trong đơn kèm theo; báo cáo kết quả và đề xuất hướng xử lý bằng thư trả lời trước 10h00 ngày 20/5.”</i></p>",
                },
            },
            {"type": "heading", "value": {"text": "Cho ý kiến về dự thảo", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Khi chuyên viên gửi dự thảo xin ý kiến, câu trả lời của anh/chị cần giúp họ làm tiếp được ngay. Một số nguyên tắc:</p><ul><li><b>Trả lời trong cùng chuỗi thư</b>, không mở thư mới, để ý kiến nằm cạnh dự thảo.</li><li><b>Nêu kết luận trước:</b> “Đồng ý, trình ký”, “Sửa theo các ý dưới đây rồi trình lại” hoặc “Chưa đồng ý, vì...”.</li><li><b>Đánh số từng ý sửa</b>, mỗi ý một dòng, để chuyên viên trả lời lại theo đúng số đó.</li><li>Nếu cần sửa câu chữ nhiều, dùng chức năng <b>theo dõi thay đổi</b> trong tệp văn bản rồi gửi lại tệp, thay vì chép lại từng câu vào thư.</li><li>Tránh những ý kiến mơ hồ như “Xem lại” hay “Chưa ổn”: người nhận không biết cần xem lại điều gì.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Thư điện tử không thay thế văn bản phải ban hành",
                    "text": "<p>Ý kiến đồng ý qua thư là căn cứ để chuyên viên hoàn thiện và trình ký. Nhưng khi pháp luật hoặc quy chế yêu cầu phải có <b>văn bản</b> (quyết định, công văn, thông báo...), văn bản đó vẫn phải được người có thẩm quyền ký số và phát hành qua hệ thống quản lý văn bản. Thư điện tử là kênh trao đổi, không phải kênh ban hành văn bản.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Trả lời tất cả hay chỉ trả lời người gửi?", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Nút “Trả lời tất cả” tiện nhưng dễ làm đầy hộp thư của nhiều người. Chỉ dùng khi <b>mọi người trong danh sách đều cần biết</b> quyết định của anh/chị, chẳng hạn kết luận một cuộc họp hoặc một phân công có nhiều đơn vị phối hợp. Những trường hợp khác, chỉ trả lời người gửi.</p><p>Với nội dung nhạy cảm như nhận xét cán bộ, kỷ luật hay khiếu nại, tuyệt đối không “trả lời tất cả”; hãy kiểm tra lại danh sách người nhận trước khi gửi. Khi một chuỗi thư đã dài và lạc hướng, anh/chị nên chốt lại bằng một thư tóm tắt: việc đã thống nhất, việc còn lại, ai làm, hạn nào.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Chuyên viên gửi dự thảo kế hoạch kiểm tra công tác cải cách hành chính tại các phường và xin ý kiến anh/chị. Anh/chị thấy cơ bản được nhưng cần bổ sung hai nội dung. Câu trả lời nào giúp chuyên viên làm tiếp ngay?",
                    "choices": [
                        {
                            "text": "“Xem lại.”",
                            "correct": False,
                            "feedback": "Chuyên viên không biết cần xem lại điều gì, sẽ phải gọi điện hỏi hoặc đoán ý anh/chị.",
                        },
                        {
                            "text": "“Cơ bản đồng ý. Bổ sung: (1) lịch kiểm tra từng phường; (2) phân công người phụ trách từng đoàn. Hoàn thiện, trình ký trước 16h00 thứ Năm.”",
                            "correct": True,
                            "feedback": "Đúng: có kết luận, các ý cần sửa được đánh số và có thời hạn cụ thể.",
                        },
                        {
                            "text": "Gọi điện cho chuyên viên để góp ý, không trả lời thư.",
                            "correct": False,
                            "feedback": "Gọi điện thì nhanh, nhưng ý kiến không được lưu cùng dự thảo; khi trình ký sẽ không có căn cứ để đối chiếu.",
                        },
                    ],
                    "explanation": "Một ý kiến tốt qua thư có ba phần: kết luận (đồng ý, đồng ý có sửa, hay chưa đồng ý), các nội dung cần sửa được đánh số, và thời hạn trình lại. Ý kiến được lưu ngay trong chuỗi thư cùng dự thảo, nên khi trình ký, anh/chị và chuyên viên đều đối chiếu được.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Thư giao việc trả lời đủ sáu câu: việc gì, ai chủ trì, ai phối hợp, kết quả gì, hạn nào, báo cáo ra sao.",
                        "Tiêu đề thư nêu loại việc và thời hạn; ô “Người nhận” chỉ dành cho người chủ trì.",
                        "Cho ý kiến dự thảo: nêu kết luận trước, đánh số từng ý sửa, trả lời trong cùng chuỗi thư.",
                        "Thư điện tử là kênh trao đổi; văn bản phải ban hành vẫn được ký số và phát hành qua hệ thống quản lý văn bản.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Most of a leader's working time goes on giving assignments, following them up and commenting on drafts. Email suits this work well: your opinion is recorded, reaches several people at once, comes with the documents, and you can deal with it even when you are out visiting wards. The condition is that the message is <b>clear</b>: who does what, by when, and how they report back. This lesson gives a simple template for assigning work and for commenting by email.</p>",
            },
            {"type": "heading", "value": {"text": "A clear assignment message", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>A good assignment message lets the recipient start straight away without phoning to ask. It always answers six questions:</p><ol><li><b>What is the task?</b> State it briefly.</li><li><b>Who leads?</b> A task has only one lead person or unit.</li><li><b>Who contributes?</b> The units and people who take part.</li><li><b>What result is expected?</b> A report, a list, a draft document...</li><li><b>By when?</b> A specific date and time.</li><li><b>How to report?</b> For example: reply in this thread, with the file attached.</li></ol><p>If one of these six points is missing, you will almost certainly get a phone call asking about it, or worse, a result you did not want.</p>",
            },
            {
                "type": "steps",
                "value": {
                    "title": "Write an assignment message in 5 minutes",
                    "steps": [
                        {
                            "instruction": "In the subject line, state the kind of task, its content and the deadline, for example: “Assignment: review 12 overdue land dossiers – report by 16:00 on 14/3”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Put only the lead person in the “To” field. Contributors and people who need to know go in “CC”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "State the request in the first sentence: “The Urban Management Division is to lead, with the One-Stop Desk, a review of...”. Do not open with a long preamble.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Say what result you expect (report, list, draft) and how to send it back (reply to this message, with the file attached).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Give a specific deadline with date and time; avoid vague words such as “soon” or “urgently”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Attach or quote the number of any related document, read the message through once, then press “Send”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "A sample assignment sentence",
                    "text": "<p><i>“The Head of the Urban Management Division is to lead, together with the Chair of Hoa Sen Ward People's Committee, an inspection of the building at the address given in the attached petition, and to report the findings and a proposed course of action by replying to this message before 10:00 on 20/5.”</i></p>",
                },
            },
            {"type": "heading", "value": {"text": "Commenting on drafts", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>When a specialist sends you a draft for comment, your reply should let them continue at once. A few principles:</p><ul><li><b>Reply in the same thread</b>, not in a new message, so that your comments sit next to the draft.</li><li><b>Give your conclusion first:</b> “Approved, submit for signature”, “Revise as below and resubmit” or “Not approved, because...”.</li><li><b>Number each change</b>, one per line, so that the specialist can answer point by point.</li><li>If the wording needs many changes, use <b>track changes</b> in the document and send the file back, rather than copying sentences into the message.</li><li>Avoid vague comments such as “Look at this again” or “Not right yet”: the recipient does not know what to look at.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Email does not replace a document that must be issued",
                    "text": "<p>Approval by email is the basis on which a specialist finalises a draft and submits it for signature. But where the law or internal rules require a <b>formal document</b> (a decision, an official letter, a notice...), that document must still be digitally signed by the competent person and issued through the document management system. Email is a channel for discussion, not a channel for issuing documents.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Reply all, or reply to the sender only?", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>“Reply all” is convenient but easily fills many people's mailboxes. Use it only when <b>everyone on the list needs to know</b> your decision, such as the conclusions of a meeting or an assignment involving several units. Otherwise, reply to the sender only.</p><p>For sensitive matters such as staff appraisals, discipline or complaints, never “reply all”; check the list of recipients before you send. When a thread has grown long and wandered off course, close it with a summary message: what has been agreed, what remains, who does it and by when.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "A specialist sends you a draft plan for inspecting administrative reform work in the wards and asks for your comments. It is broadly fine, but two items need to be added. Which reply lets the specialist carry on straight away?",
                    "choices": [
                        {
                            "text": "“Look at this again.”",
                            "correct": False,
                            "feedback": "The specialist does not know what to look at, and will have to phone you or guess what you mean.",
                        },
                        {
                            "text": "“Broadly approved. Add: (1) the inspection schedule for each ward; (2) who leads each team. Finalise and submit for signature before 16:00 on Thursday.”",
                            "correct": True,
                            "feedback": "Correct: there is a conclusion, the changes are numbered and there is a specific deadline.",
                        },
                        {
                            "text": "Phone the specialist with your comments and do not reply to the message.",
                            "correct": False,
                            "feedback": "A call is quick, but your comments are not kept with the draft; when it comes up for signature there is nothing to check it against.",
                        },
                    ],
                    "explanation": "A good comment by email has three parts: a conclusion (approved, approved with changes, or not approved), the numbered changes, and a deadline for resubmission. The comment stays in the thread with the draft, so when it comes up for signature both you and the specialist can check it.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "An assignment message answers six questions: what, who leads, who contributes, what result, by when, how to report.",
                        "The subject line states the kind of task and the deadline; the “To” field is for the lead person only.",
                        "When commenting on a draft: conclusion first, numbered changes, reply in the same thread.",
                        "Email is for discussion; documents that must be issued are still digitally signed and issued through the document management system.",
                    ],
                },
            },
        ],
    },
}

ATTACHMENTS = {
    "slug": "tep-dinh-kem-va-dung-luong-hop-thu",
    "minutes": 6,
    "title": {
        "vi": "Tệp đính kèm và giới hạn của hộp thư",
        "en": "Attachments and mailbox limits",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>“Thư của tôi không gửi được”, “Sao tôi không nhận được báo cáo?”: phần lớn những sự cố này đến từ tệp đính kèm quá lớn hoặc hộp thư đã đầy. Khi hộp thư của lãnh đạo đầy, thư gửi đến bị trả lại, nhưng người gửi thường không để ý và cứ nghĩ anh/chị đã nhận. Bài này giúp anh/chị nắm các giới hạn của hệ thống và gửi tài liệu đúng cách.</p>",
            },
            {"type": "heading", "value": {"text": "Các giới hạn cần biết", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "Giới hạn của hệ thống thư điện tử công vụ Thành phố An Khang",
                    "columns": "Nội dung | Giới hạn | Nên làm",
                    "rows": [
                        {
                            "label": "Dung lượng tệp đính kèm mỗi thư",
                            "values": "20 MB | Tệp lớn hơn: gửi đường dẫn từ kho lưu trữ dùng chung",
                        },
                        {"label": "Dung lượng hộp thư", "values": "5 GB | Dọn tệp lớn và lưu trữ thư cũ mỗi quý"},
                        {"label": "Số người nhận mỗi thư", "values": "100 | Dùng nhóm thư của đơn vị"},
                        {
                            "label": "Loại tệp bị chặn",
                            "values": "Tệp chạy chương trình (.exe, .bat...) | Không gửi; nhờ bộ phận công nghệ thông tin hỗ trợ",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Số liệu minh họa cho thành phố An Khang; giới hạn thực tế do đơn vị quản trị hệ thống công bố.",
                },
            },
            {
                "type": "text",
                "value": "<p>Hãy hỏi bộ phận công nghệ thông tin của đơn vị về các con số thực tế của hệ thống anh/chị đang dùng. Khi vượt giới hạn, thư thường bị từ chối ngay lúc gửi hoặc bị trả lại vài phút sau kèm một thông báo lỗi bằng tiếng Anh mà nhiều người bỏ qua. Khi hộp thư đầy, anh/chị vẫn đọc được thư cũ, nhưng thư mới, kể cả giấy mời họp khẩn, sẽ không vào được.</p>",
            },
            {"type": "heading", "value": {"text": "Gửi tài liệu đúng cách", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Trước khi bấm “Gửi” một thư có tệp đính kèm",
                    "steps": [
                        {
                            "instruction": "Đặt tên tệp có nghĩa: loại văn bản, nội dung ngắn, năm và phiên bản, ví dụ “KeHoach_KiemTraCCHC_2025_v2.docx”, thay vì “Tai lieu moi.docx”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Gửi bản PDF khi người nhận chỉ cần đọc; gửi bản Word khi cần họ sửa hoặc góp ý trực tiếp vào văn bản.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Tệp lớn hơn giới hạn: tải lên kho lưu trữ dùng chung của thành phố, chỉ cấp quyền xem cho người cần xem, rồi gửi đường dẫn trong thư.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ảnh chụp bằng điện thoại: chọn kích thước nhỏ hơn khi đính kèm, hoặc ghép thành một tệp PDF thay vì gửi hàng chục ảnh rời.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Kiểm tra lần cuối: đúng tệp, đúng phiên bản, đã thật sự đính kèm (nếu trong thư có chữ “gửi kèm”).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Tài liệu mật không gửi qua thư điện tử",
                    "text": "<p>Thông tin, tài liệu thuộc bí mật nhà nước <b>không được</b> soạn thảo, lưu giữ hoặc gửi qua hệ thống thư điện tử công vụ có kết nối Internet. <b>Luật Bảo vệ bí mật nhà nước năm 2018</b> nghiêm cấm việc truyền đưa bí mật nhà nước trái quy định; hãy dùng kênh được phép theo quy chế bảo vệ bí mật nhà nước của cơ quan.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Giữ cho hộp thư không bị đầy", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Một hộp thư 5 GB nghe có vẻ lớn, nhưng chỉ cần vài chục thư kèm ảnh hiện trường hay bản scan hồ sơ là đã chiếm một phần đáng kể. Mỗi quý, anh/chị hoặc người hỗ trợ nên dành mười phút để:</p><ul><li><b>Sắp xếp thư theo dung lượng</b> và xem các thư lớn nhất trước; thường chỉ vài chục thư chiếm phần lớn dung lượng.</li><li>Với văn bản đã được lưu trong hệ thống quản lý văn bản, có thể <b>xóa tệp đính kèm</b> trong thư, vì bản gốc điện tử đã nằm ở đó.</li><li>Chuyển thư của các năm trước vào <b>thư mục lưu trữ</b> theo hướng dẫn của bộ phận công nghệ thông tin.</li><li><b>Dọn thư mục “Thư đã xóa”</b> và “Thư rác”; thư nằm trong đó vẫn chiếm dung lượng.</li></ul><p>Đừng xóa những thư là bằng chứng duy nhất của một ý kiến chỉ đạo hay một cam kết thời hạn; hãy chuyển chúng vào thư mục theo lĩnh vực.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Anh/chị cần gửi cho 12 phường bộ ảnh hiện trường dung lượng 85 MB để chỉ đạo xử lý vi phạm trật tự xây dựng. Cách nào phù hợp nhất?",
                    "choices": [
                        {
                            "text": "Chia thành năm thư, mỗi thư khoảng 17 MB, gửi lần lượt cho cả 12 phường.",
                            "correct": False,
                            "feedback": "Cách này có thể gửi được, nhưng chỉ đạo bị chia thành năm thư và làm đầy 12 hộp thư cùng lúc.",
                        },
                        {
                            "text": "Tải ảnh lên kho lưu trữ dùng chung, cấp quyền xem cho 12 phường và gửi một thư có đường dẫn cùng nội dung chỉ đạo.",
                            "correct": True,
                            "feedback": "Đúng. Một thư, một nội dung chỉ đạo, tài liệu ở một nơi và chỉ người được cấp quyền mới xem được.",
                        },
                        {
                            "text": "Gửi ảnh qua ứng dụng nhắn tin cá nhân cho nhanh.",
                            "correct": False,
                            "feedback": "Ứng dụng nhắn tin cá nhân không phải kênh công vụ; tài liệu và ý kiến chỉ đạo nằm ngoài hệ thống của cơ quan.",
                        },
                    ],
                    "explanation": "Khi tài liệu vượt giới hạn đính kèm, hãy để tài liệu ở kho lưu trữ dùng chung và gửi đường dẫn qua thư công vụ. Chỉ đạo vẫn nằm trong hộp thư, tài liệu không bị nhân bản ra nhiều hộp thư, và anh/chị kiểm soát được ai xem.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Biết hai con số của hệ thống: dung lượng đính kèm mỗi thư và dung lượng hộp thư.",
                        "Tệp lớn gửi bằng đường dẫn từ kho lưu trữ dùng chung, có phân quyền người xem.",
                        "Đặt tên tệp có nghĩa; gửi PDF để đọc, gửi Word để sửa.",
                        "Mỗi quý dọn các thư lớn nhất; không gửi tài liệu mật qua thư điện tử.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>“My message won't go”, “Why didn't I get the report?”: most such problems come from attachments that are too large or a mailbox that is full. When a leader's mailbox is full, incoming messages bounce, but senders often do not notice and assume you received them. This lesson helps you know the system's limits and send documents the right way.</p>",
            },
            {"type": "heading", "value": {"text": "Limits you need to know", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "Limits of the An Khang City official email system",
                    "columns": "Item | Limit | What to do",
                    "rows": [
                        {
                            "label": "Attachment size per message",
                            "values": "20 MB | Larger files: send a link from the shared storage",
                        },
                        {
                            "label": "Mailbox size",
                            "values": "5 GB | Clear large files and archive old mail every quarter",
                        },
                        {"label": "Recipients per message", "values": "100 | Use the unit's mailing groups"},
                        {
                            "label": "Blocked file types",
                            "values": "Program files (.exe, .bat...) | Do not send; ask the IT team for help",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Illustrative figures for An Khang City; the actual limits are published by the system administrator.",
                },
            },
            {
                "type": "text",
                "value": "<p>Ask your unit's IT team for the actual figures of the system you use. When a limit is exceeded, the message is usually refused as you send it, or bounced a few minutes later with an error notice in English that many people ignore. When the mailbox is full you can still read old messages, but new ones, including urgent meeting invitations, cannot get in.</p>",
            },
            {"type": "heading", "value": {"text": "Sending documents the right way", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Before you press “Send” on a message with attachments",
                    "steps": [
                        {
                            "instruction": "Give files meaningful names: type of document, short subject, year and version, for example “KeHoach_KiemTraCCHC_2025_v2.docx”, rather than “New document.docx”.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Send a PDF when the recipient only needs to read; send a Word file when they need to edit or comment directly in the document.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Files over the limit: upload them to the city's shared storage, give view access only to those who need it, then send the link in the message.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Photos taken with a phone: choose a smaller size when attaching, or combine them into one PDF rather than sending dozens of separate pictures.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Final check: the right file, the right version, and actually attached (if the message says “attached”).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Classified material is never sent by email",
                    "text": "<p>Information and documents that are state secrets <b>must not</b> be drafted, stored or sent through the official email system, which is connected to the Internet. The <b>Law on Protection of State Secrets 2018</b> prohibits transmitting state secrets in breach of the rules; use the channel permitted by your agency's rules on protecting state secrets.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Keeping the mailbox from filling up", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>A 5 GB mailbox sounds large, but a few dozen messages with site photos or scanned dossiers take up a good share of it. Every quarter, you or the person who helps you should spend ten minutes to:</p><ul><li><b>Sort messages by size</b> and look at the largest first; usually a few dozen messages take up most of the space.</li><li>For documents already kept in the document management system, <b>delete the attachments</b> from the messages, since the electronic original is stored there.</li><li>Move previous years' messages to an <b>archive folder</b> as the IT team advises.</li><li><b>Empty “Deleted items”</b> and “Junk”; messages in those folders still take up space.</li></ul><p>Do not delete messages that are the only record of a direction or a committed deadline; move them to the folder for that area.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "You need to send 12 wards a set of site photos totalling 85 MB, with directions for handling building-order violations. What is the best way?",
                    "choices": [
                        {
                            "text": "Split it into five messages of about 17 MB each and send them one after another to all 12 wards.",
                            "correct": False,
                            "feedback": "This may get through, but your direction is split over five messages and 12 mailboxes fill up at once.",
                        },
                        {
                            "text": "Upload the photos to the shared storage, give the 12 wards view access, and send one message with the link and your directions.",
                            "correct": True,
                            "feedback": "Correct. One message, one direction, the material in one place, and only those with access can see it.",
                        },
                        {
                            "text": "Send the photos through a personal messaging app because it is faster.",
                            "correct": False,
                            "feedback": "Personal messaging apps are not an official channel; the material and your directions end up outside the agency's systems.",
                        },
                    ],
                    "explanation": "When material exceeds the attachment limit, keep it in the shared storage and send the link by official email. The direction stays in the mailbox, the material is not copied into many mailboxes, and you control who sees it.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Know two figures of your system: the attachment limit per message and the mailbox size.",
                        "Send large files as a link from the shared storage, with access limited to those who need it.",
                        "Give files meaningful names; send PDF for reading and Word for editing.",
                        "Clear the largest messages every quarter; never send classified material by email.",
                    ],
                },
            },
        ],
    },
}

PHISHING = {
    "slug": "nhan-dien-thu-lua-dao",
    "minutes": 7,
    "title": {
        "vi": "Nhận diện thư lừa đảo",
        "en": "Recognising phishing email",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Thư lừa đảo (phishing) là thư giả mạo một người hoặc một tổ chức đáng tin để lấy mật khẩu, cài mã độc hoặc lừa người nhận làm một việc gì đó. Lãnh đạo là mục tiêu được nhắm đến nhiều hơn cán bộ thông thường, vì hộp thư của lãnh đạo chứa nhiều thông tin quan trọng và một yêu cầu mang danh lãnh đạo thường được cấp dưới thực hiện ngay. Chỉ một lần bấm nhầm có thể làm lộ cả hộp thư, và từ đó kẻ gian gửi thư giả mạo chính anh/chị đến cả đơn vị.</p>",
            },
            {"type": "heading", "value": {"text": "Dấu hiệu của thư lừa đảo", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Không có dấu hiệu nào chắc chắn một trăm phần trăm, nhưng nếu một thư có từ hai dấu hiệu sau trở lên, hãy dừng lại:</p><ul><li><b>Địa chỉ gửi không khớp:</b> tên hiển thị là “Văn phòng UBND thành phố” nhưng địa chỉ thật là một hộp thư miễn phí, hoặc tên miền gần giống tên miền của thành phố nhưng thêm, bớt hay đổi một ký tự.</li><li><b>Thúc ép, đe dọa:</b> “khẩn”, “trong vòng 24 giờ”, “tài khoản sẽ bị khóa vĩnh viễn”.</li><li><b>Yêu cầu đăng nhập qua đường dẫn:</b> “xác minh tài khoản”, “cập nhật mật khẩu”, “nhận tài liệu họp”.</li><li><b>Tệp đính kèm bất thường:</b> tệp nén, tệp có đuôi lạ, hoặc văn bản yêu cầu “bật nội dung” để xem.</li><li><b>Yêu cầu bất thường:</b> chuyển tiền, mua thẻ cào, gửi danh sách cán bộ kèm số căn cước, gửi mã xác thực vừa nhận qua tin nhắn.</li><li><b>Văn phong lạ:</b> xưng hô không đúng thói quen của người gửi, sai chính tả, lời chào chung chung.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Xem địa chỉ thật trước khi bấm",
                    "text": "<p>Trên máy tính, đặt chuột lên đường dẫn (không bấm) để xem địa chỉ thật hiện ở góc màn hình. Trên điện thoại, chạm và giữ đường dẫn để xem địa chỉ. Nếu địa chỉ không phải trang của hệ thống thư điện tử công vụ của thành phố, <b>đừng bấm</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Một ví dụ thường gặp", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Anh/chị nhận được thư sau:</p><p><i>Tiêu đề: [KHẨN] Hộp thư của anh/chị sẽ bị khóa sau 24 giờ</i></p><p><i>“Hệ thống phát hiện đăng nhập bất thường vào tài khoản của anh/chị. Để tránh bị khóa vĩnh viễn, vui lòng bấm vào đây và đăng nhập để xác minh tài khoản công vụ. Trân trọng, Ban Quản trị hệ thống.”</i></p><p>Thư này có ít nhất bốn dấu hiệu: thúc ép về thời gian, đe dọa khóa tài khoản, yêu cầu đăng nhập qua một đường dẫn, và chữ ký chung chung không có tên người, không có số điện thoại. Bộ phận quản trị thật sẽ không yêu cầu anh/chị đăng nhập qua một đường dẫn trong thư để “xác minh”.</p><p>Một dạng nguy hiểm hơn là <b>thư giả danh cấp trên</b>: “Tôi đang họp, không nghe máy được. Anh/chị gửi ngay cho tôi danh sách cán bộ kèm số căn cước để làm thẻ dự hội nghị.” Dạng thư này nhắm vào đúng thói quen chấp hành nhanh của cấp dưới.</p>",
            },
            {"type": "heading", "value": {"text": "Khi nghi ngờ, hoặc khi lỡ bấm", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Xử lý một thư đáng ngờ",
                    "steps": [
                        {
                            "instruction": "Không bấm đường dẫn, không mở tệp đính kèm, không trả lời thư.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Kiểm tra qua kênh khác: gọi cho người gửi theo số điện thoại anh/chị đã biết từ trước, không dùng số ghi trong thư.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Báo cho bộ phận công nghệ thông tin hoặc đầu mối an toàn thông tin của đơn vị, chuyển tiếp thư theo cách họ hướng dẫn.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Xóa thư sau khi đã báo, để không ai khác dùng máy của anh/chị vô tình bấm vào.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nếu đã lỡ nhập mật khẩu: đổi mật khẩu ngay từ một thiết bị tin cậy, báo bộ phận công nghệ thông tin, rồi xem lại thư đã gửi và các quy tắc chuyển tiếp lạ trong hộp thư.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nếu đã lỡ mở tệp đính kèm: ngắt kết nối mạng của máy tính và báo ngay bộ phận công nghệ thông tin; không tự cài phần mềm để “diệt” mã độc.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Không ai được hỏi mật khẩu của anh/chị",
                    "text": "<p>Bộ phận quản trị hệ thống <b>không bao giờ</b> hỏi mật khẩu hay mã xác thực của anh/chị, dù qua thư, điện thoại hay tin nhắn. Bất kỳ yêu cầu nào như vậy đều là lừa đảo. Báo cáo sớm không có gì đáng ngại: bộ phận công nghệ thông tin xử lý dễ hơn nhiều khi được báo trong vài phút đầu.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Anh/chị nhận thư có tên hiển thị “Phó Chủ tịch UBND thành phố”, yêu cầu gửi gấp trong một giờ danh sách cán bộ lãnh đạo của quận kèm số căn cước “để làm thẻ dự hội nghị”. Địa chỉ gửi là một hộp thư miễn phí. Anh/chị làm gì?",
                    "choices": [
                        {
                            "text": "Gửi ngay danh sách theo yêu cầu, vì đây là chỉ đạo của cấp trên.",
                            "correct": False,
                            "feedback": "Đây đúng là kiểu thư lừa đảo nhắm vào thói quen chấp hành nhanh. Thông tin cá nhân của cán bộ sẽ rơi vào tay kẻ gian.",
                        },
                        {
                            "text": "Chuyển thư cho văn phòng để họ chuẩn bị danh sách và trả lời.",
                            "correct": False,
                            "feedback": "Chuyển tiếp chỉ đẩy rủi ro sang người khác; văn phòng có thể gửi danh sách đi mà không kiểm tra.",
                        },
                        {
                            "text": "Không trả lời; gọi Văn phòng UBND thành phố theo số đã biết để xác minh, và báo bộ phận công nghệ thông tin.",
                            "correct": True,
                            "feedback": "Đúng. Xác minh qua kênh khác và báo cho bộ phận công nghệ thông tin để họ cảnh báo các đơn vị khác.",
                        },
                    ],
                    "explanation": "Thư này có nhiều dấu hiệu: địa chỉ gửi là hộp thư miễn phí, thời hạn gấp, yêu cầu dữ liệu cá nhân, và cách yêu cầu không đúng quy trình thông thường. Cấp trên thật sẽ gửi từ hộp thư công vụ hoặc qua văn phòng. Luôn xác minh qua một kênh khác trước khi gửi dữ liệu cá nhân hay làm theo một yêu cầu bất thường.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Dừng lại khi thư có từ hai dấu hiệu: địa chỉ lạ, thúc ép, đòi đăng nhập qua đường dẫn, tệp lạ, yêu cầu bất thường.",
                        "Xem địa chỉ thật của đường dẫn trước khi bấm; khi nghi ngờ thì không bấm.",
                        "Xác minh qua kênh khác, bằng số điện thoại đã biết, không dùng số ghi trong thư.",
                        "Lỡ bấm thì báo ngay bộ phận công nghệ thông tin và đổi mật khẩu; báo sớm là cách xử lý tốt nhất.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>A phishing email pretends to come from a trusted person or organisation in order to steal a password, install malicious software or trick the recipient into doing something. Leaders are targeted more often than ordinary staff, because their mailboxes hold important information and a request in a leader's name is usually carried out at once by staff. A single wrong click can expose the whole mailbox, and from there an attacker can send fake messages as you to the entire unit.</p>",
            },
            {"type": "heading", "value": {"text": "Signs of a phishing email", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>No single sign is a hundred per cent certain, but if a message shows two or more of the following, stop:</p><ul><li><b>The sender address does not match:</b> the display name says “City People's Committee Office” but the real address is a free mailbox, or the domain looks like the city's domain with one character added, removed or changed.</li><li><b>Pressure or threats:</b> “urgent”, “within 24 hours”, “your account will be permanently locked”.</li><li><b>A request to sign in through a link:</b> “verify your account”, “update your password”, “collect the meeting documents”.</li><li><b>Unusual attachments:</b> compressed files, files with odd extensions, or a document asking you to “enable content” to view it.</li><li><b>Unusual requests:</b> transferring money, buying phone top-up cards, sending a list of staff with their ID numbers, forwarding a verification code you just received by text message.</li><li><b>An odd tone:</b> forms of address the sender does not normally use, spelling mistakes, generic greetings.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Check the real address before you click",
                    "text": "<p>On a computer, rest the mouse on the link (without clicking) to see the real address shown at the edge of the screen. On a phone, touch and hold the link to see the address. If it is not a page of the city's official email system, <b>do not click</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "A common example", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>You receive the following message:</p><p><i>Subject: [URGENT] Your mailbox will be locked in 24 hours</i></p><p><i>“The system has detected an unusual sign-in to your account. To avoid permanent locking, please click here and sign in to verify your official account. Regards, System Administration.”</i></p><p>This message shows at least four signs: time pressure, a threat to lock the account, a request to sign in through a link, and a generic signature with no name and no phone number. The real administrators will not ask you to sign in through a link in a message to “verify” anything.</p><p>A more dangerous kind is the <b>message impersonating a superior</b>: “I am in a meeting and cannot take calls. Send me the list of staff with their ID numbers right away for the conference badges.” This kind of message exploits exactly the habit of staff carrying out instructions quickly.</p>",
            },
            {"type": "heading", "value": {"text": "When in doubt, or when you have clicked", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Handling a suspicious message",
                    "steps": [
                        {
                            "instruction": "Do not click links, do not open attachments, do not reply.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Check through another channel: call the sender on a phone number you already know, not a number given in the message.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Report it to your unit's IT team or information security contact, and forward the message the way they tell you to.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Delete the message once you have reported it, so that nobody else using your computer clicks on it by accident.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "If you have already typed your password: change it at once from a trusted device, tell the IT team, then check your sent items and any unfamiliar forwarding rules in the mailbox.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "If you have already opened an attachment: disconnect the computer from the network and tell the IT team at once; do not install software yourself to “remove” the malware.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Nobody may ask for your password",
                    "text": "<p>System administrators <b>never</b> ask for your password or verification code, whether by email, phone or text message. Any such request is a scam. There is nothing embarrassing about reporting early: the IT team can deal with an incident far more easily when told within the first few minutes.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "You receive a message with the display name “Vice-Chair of the City People's Committee”, asking you to send within one hour the list of the district's leaders with their ID numbers “for conference badges”. The sender address is a free mailbox. What do you do?",
                    "choices": [
                        {
                            "text": "Send the list at once, since it is an instruction from a superior.",
                            "correct": False,
                            "feedback": "This is exactly the kind of scam that exploits quick obedience. Your staff's personal data would fall into the wrong hands.",
                        },
                        {
                            "text": "Forward the message to the office so that they prepare the list and reply.",
                            "correct": False,
                            "feedback": "Forwarding only passes the risk to someone else; the office may send the list without checking.",
                        },
                        {
                            "text": "Do not reply; call the City People's Committee Office on a number you know to verify, and tell the IT team.",
                            "correct": True,
                            "feedback": "Correct. Verify through another channel and report it to the IT team so that they can warn other units.",
                        },
                    ],
                    "explanation": "This message shows many signs: a free mailbox as sender, an urgent deadline, a request for personal data, and a request that does not follow the usual procedure. A real superior would write from an official mailbox or go through the office. Always verify through another channel before sending personal data or acting on an unusual request.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Stop when a message shows two signs: odd sender, pressure, a sign-in link, an odd file, an unusual request.",
                        "Check a link's real address before clicking; when in doubt, do not click.",
                        "Verify through another channel, using a phone number you already know, not one given in the message.",
                        "If you clicked, tell the IT team at once and change your password; reporting early is the best response.",
                    ],
                },
            },
        ],
    },
}

AWAY_FROM_OFFICE = {
    "slug": "lam-viec-ngoai-co-quan",
    "minutes": 5,
    "title": {
        "vi": "Dùng thư công vụ khi làm việc ngoài cơ quan",
        "en": "Using official email away from the office",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Lãnh đạo thường xuyên đi cơ sở, họp ở nơi khác hay đi công tác dài ngày. Đó chính là lúc hộp thư công vụ phát huy tác dụng: anh/chị vẫn cho ý kiến, duyệt dự thảo, nắm tình hình mà không phải chờ về cơ quan. Nhưng làm việc ngoài cơ quan cũng có những rủi ro riêng: mạng lạ, máy tính dùng chung, điện thoại bị mất. Bài này giúp anh/chị chuẩn bị trước và làm việc an toàn.</p>",
            },
            {"type": "heading", "value": {"text": "Chuẩn bị trước chuyến công tác", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Thiết lập điện thoại để dùng thư công vụ",
                    "steps": [
                        {
                            "instruction": "Đặt mã khóa màn hình cho điện thoại và bật chế độ tự khóa sau một, hai phút không dùng.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Cài ứng dụng thư theo hướng dẫn của bộ phận công nghệ thông tin, hoặc lưu địa chỉ trang thư điện tử công vụ của thành phố vào mục đánh dấu của trình duyệt.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Bật xác thực hai lớp nếu hệ thống hỗ trợ, và cất các mã dự phòng ở nơi an toàn, không lưu cùng điện thoại.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đăng nhập thử và gửi một thư thử trước khi đi, để phát hiện sự cố khi vẫn còn ở cơ quan.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Lưu số điện thoại hỗ trợ của bộ phận công nghệ thông tin vào danh bạ.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Bật thư trả lời tự động",
                    "text": "<p>Khi vắng mặt từ một ngày trở lên mà không tiện theo dõi thư, hãy bật thư trả lời tự động, ghi rõ thời gian vắng mặt và người được phân công giải quyết công việc trong thời gian đó, ví dụ phó chủ tịch phụ trách hoặc chánh văn phòng. Không ghi lịch trình chi tiết hay nơi lưu trú.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Những việc không nên làm", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>Không đăng nhập trên máy tính dùng chung</b> ở khách sạn, quán internet hay hội trường. Nếu buộc phải dùng, hãy mở cửa sổ duyệt web riêng tư, không cho trình duyệt lưu mật khẩu, đăng xuất khi xong và không tải tệp về máy đó.</li><li><b>Hạn chế Wi-Fi công cộng không có mật khẩu</b>; dùng mạng di động của điện thoại thường an toàn hơn.</li><li><b>Không cài đặt tự động chuyển tiếp</b> thư công vụ sang hộp thư cá nhân. Thư công vụ nằm ngoài hệ thống của cơ quan sẽ không còn được bảo vệ và quản lý.</li><li><b>Không nhờ người khác đăng nhập hộ</b>, kể cả người đi cùng đoàn.</li><li><b>Không gửi, không mở tài liệu mật</b> qua thư điện tử, dù đang ở đâu.</li></ul><p>Những nguyên tắc này nghe có vẻ cứng nhắc, nhưng phần lớn các vụ lộ thông tin bắt đầu từ một lần đăng nhập vội vàng trên máy lạ hoặc một quy tắc chuyển tiếp tiện tay.</p>",
            },
            {"type": "heading", "value": {"text": "Khi mất điện thoại hoặc máy tính xách tay", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Điện thoại đang đăng nhập hộp thư công vụ bị mất cũng giống như mất chùm chìa khóa phòng làm việc. Hãy làm ngay, theo thứ tự:</p><ol><li>Báo bộ phận công nghệ thông tin để họ đăng xuất mọi phiên làm việc và tạm khóa tài khoản nếu cần.</li><li>Đổi mật khẩu hộp thư từ một thiết bị tin cậy.</li><li>Báo văn phòng để thông báo cho đồng nghiệp cảnh giác với thư hoặc tin nhắn lạ mang tên anh/chị trong những ngày tới.</li></ol><p>Đừng chờ về đến cơ quan mới báo: vài giờ chậm trễ đủ để kẻ gian đọc và gửi thư mang danh anh/chị.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Đang công tác ở tỉnh khác, anh/chị cần xem gấp một dự thảo gửi qua thư công vụ. Khách sạn có máy tính dùng chung ở sảnh. Anh/chị nên làm gì?",
                    "choices": [
                        {
                            "text": "Đăng nhập trên máy tính ở sảnh và cho trình duyệt lưu mật khẩu để lần sau đỡ phải gõ.",
                            "correct": False,
                            "feedback": "Máy dùng chung có thể đã bị cài phần mềm ghi lại thao tác bàn phím; lưu mật khẩu còn cho người dùng sau vào thẳng hộp thư của anh/chị.",
                        },
                        {
                            "text": "Mở thư trên điện thoại của mình qua mạng di động, bằng ứng dụng hoặc trang thư công vụ đã chuẩn bị trước.",
                            "correct": True,
                            "feedback": "Đúng. Thiết bị của mình, đã khóa màn hình, dùng mạng di động là cách an toàn nhất khi đi công tác.",
                        },
                        {
                            "text": "Nhờ chuyên viên chuyển dự thảo sang hộp thư cá nhân của anh/chị cho dễ mở.",
                            "correct": False,
                            "feedback": "Tài liệu công vụ sẽ nằm ngoài hệ thống của cơ quan và không còn được quản lý, bảo vệ.",
                        },
                    ],
                    "explanation": "Khi làm việc ngoài cơ quan, hãy dùng thiết bị của mình đã được thiết lập trước, kết nối qua mạng di động, và giữ tài liệu công vụ trong hệ thống thư điện tử công vụ. Máy tính dùng chung và hộp thư cá nhân là hai lỗ hổng phổ biến nhất.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Trước khi đi: khóa màn hình điện thoại, cài ứng dụng hoặc lưu trang thư công vụ, bật xác thực hai lớp, gửi thư thử.",
                        "Bật thư trả lời tự động, ghi rõ người được phân công giải quyết công việc khi anh/chị vắng mặt.",
                        "Không dùng máy tính dùng chung, không chuyển tiếp thư công vụ sang hộp thư cá nhân.",
                        "Mất thiết bị thì báo ngay bộ phận công nghệ thông tin và đổi mật khẩu.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Leaders often visit wards, attend meetings elsewhere or travel for days at a time. That is exactly when the official mailbox proves its worth: you can still give opinions, approve drafts and keep track of things without waiting to get back to the office. But working away from the office has its own risks: unfamiliar networks, shared computers, lost phones. This lesson helps you prepare in advance and work safely.</p>",
            },
            {"type": "heading", "value": {"text": "Before you travel", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Set up your phone for official email",
                    "steps": [
                        {
                            "instruction": "Set a screen lock code on your phone and make it lock automatically after one or two minutes of inactivity.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Install the mail app as the IT team advises, or bookmark the address of the city's official webmail page in your browser.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Turn on two-step verification if the system supports it, and keep the backup codes somewhere safe, not with the phone.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Sign in and send a test message before you leave, so that any problem shows up while you are still at the office.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Save the IT team's support number in your contacts.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Turn on the automatic reply",
                    "text": "<p>When you are away for a day or more and cannot follow your email, turn on the automatic reply, stating the period of absence and who is handling matters in the meantime, for example the vice-chair in charge or the head of the office. Do not give your detailed schedule or where you are staying.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Things not to do", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>Do not sign in on shared computers</b> in hotels, internet cafés or conference halls. If you really must, open a private browsing window, do not let the browser save your password, sign out when you finish and do not download files to that computer.</li><li><b>Avoid open public Wi-Fi</b>; your phone's mobile data is usually safer.</li><li><b>Do not set up automatic forwarding</b> of official email to a personal mailbox. Official mail outside the agency's system is no longer protected or managed.</li><li><b>Do not ask anyone to sign in for you</b>, even someone travelling with you.</li><li><b>Do not send or open classified documents</b> by email, wherever you are.</li></ul><p>These rules may sound rigid, but most information leaks begin with a hurried sign-in on an unfamiliar computer or a convenient forwarding rule.</p>",
            },
            {"type": "heading", "value": {"text": "If you lose your phone or laptop", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Losing a phone that is signed in to your official mailbox is like losing the keys to your office. Act at once, in this order:</p><ol><li>Tell the IT team so that they can sign out every session and temporarily lock the account if needed.</li><li>Change your mailbox password from a trusted device.</li><li>Tell the office, so that colleagues are warned to be wary of unusual messages in your name over the following days.</li></ol><p>Do not wait until you are back at the office to report it: a few hours' delay is enough for someone to read your mail and send messages in your name.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "While on a work trip in another province, you urgently need to read a draft sent by official email. The hotel has a shared computer in the lobby. What should you do?",
                    "choices": [
                        {
                            "text": "Sign in on the lobby computer and let the browser save your password so you need not type it next time.",
                            "correct": False,
                            "feedback": "A shared computer may have software recording keystrokes; saving the password also lets the next user straight into your mailbox.",
                        },
                        {
                            "text": "Open the message on your own phone over mobile data, using the app or official webmail page you prepared in advance.",
                            "correct": True,
                            "feedback": "Correct. Your own device, screen-locked, on mobile data is the safest way to work while travelling.",
                        },
                        {
                            "text": "Ask the specialist to forward the draft to your personal mailbox so it is easier to open.",
                            "correct": False,
                            "feedback": "The official document would end up outside the agency's system, no longer managed or protected.",
                        },
                    ],
                    "explanation": "When working away from the office, use your own device set up in advance, connect over mobile data, and keep official documents inside the official email system. Shared computers and personal mailboxes are the two most common weak points.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Before you go: lock your phone's screen, install the app or bookmark official webmail, turn on two-step verification, send a test message.",
                        "Turn on the automatic reply, naming who handles matters while you are away.",
                        "Do not use shared computers; do not forward official mail to a personal mailbox.",
                        "If you lose a device, tell the IT team at once and change your password.",
                    ],
                },
            },
        ],
    },
}

COURSE = {
    "slug": "thu-dien-tu-cong-vu",
    "topic": "email",
    "title": {
        "vi": "Thư điện tử công vụ cho lãnh đạo",
        "en": "Official email for leaders",
    },
    "summary": {
        "vi": "Dùng hộp thư công vụ như một công cụ điều hành: thói quen 15 phút mỗi ngày, giao việc và cho ý kiến rõ ràng qua thư, gửi tài liệu đúng giới hạn, nhận diện thư lừa đảo và làm việc an toàn khi đi công tác.",
        "en": "Use the official mailbox as a management tool: a 15-minute daily habit, clear assignments and comments by email, sending documents within the limits, spotting phishing and working safely while travelling.",
    },
    "audience": {
        "vi": "Chủ tịch, phó chủ tịch UBND quận, phường; giám đốc, phó giám đốc sở và trưởng các phòng, ban.",
        "en": "Chairs and vice-chairs of district and ward People's Committees; directors and deputy directors of departments and heads of divisions.",
    },
    "outcomes": {
        "vi": [
            "Xử lý hộp thư công vụ mỗi ngày trong khoảng 15 phút theo mức độ ưu tiên.",
            "Viết thư giao việc và thư cho ý kiến đủ rõ để người nhận làm ngay.",
            "Gửi tài liệu đúng giới hạn của hệ thống và giữ hộp thư không bị đầy.",
            "Nhận diện thư lừa đảo và biết phải làm gì khi nghi ngờ hoặc lỡ bấm.",
            "Dùng thư công vụ an toàn khi làm việc ngoài cơ quan.",
        ],
        "en": [
            "Deal with the official mailbox in about 15 minutes a day, by priority.",
            "Write assignment and comment messages clear enough for the recipient to act at once.",
            "Send documents within the system's limits and keep the mailbox from filling up.",
            "Recognise phishing and know what to do when in doubt or after a wrong click.",
            "Use official email safely when working away from the office.",
        ],
    },
    "lessons": [DAILY_USE, DIRECTING_WORK, ATTACHMENTS, PHISHING, AWAY_FROM_OFFICE],
}
