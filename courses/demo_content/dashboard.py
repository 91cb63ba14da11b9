# ruff: noqa: E501, RUF001 -- long prose lines; en dashes and the multiplication sign are typography
"""Demo course: reading and acting on the one-stop-shop dashboard (Vietnamese with an English version).

All figures, dossier codes, wards and districts are fictional (Thành phố An Khang, Quận Bình Minh).
The one-stop-shop rules are described without a decree number on purpose: the governing decree
was replaced in 2025, and the rules quoted (apology and new appointment slip, one complete request
for supplements) are common to the old and the new text.
"""

from __future__ import annotations

READING_RATES = {
    "slug": "doc-ty-le-dung-han-tre-han",
    "minutes": 6,
    "title": {
        "vi": "Đọc tỷ lệ đúng hạn, trễ hạn của từng đơn vị",
        "en": "Reading on-time and late rates per unit",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Hệ thống thông tin giải quyết thủ tục hành chính của thành phố ghi lại mọi hồ sơ người dân, doanh nghiệp nộp tại Bộ phận Một cửa hoặc trực tuyến: ngày tiếp nhận, ngày hẹn trả, từng bước xử lý và ngày trả kết quả. Từ đó, <b>bảng theo dõi</b> tính ra tỷ lệ đúng hạn, trễ hạn của từng đơn vị và cập nhật liên tục. Nhiều lãnh đạo có quyền xem bảng này nhưng ít khi mở. Bài này giúp anh/chị đọc bảng theo dõi trong năm phút và biết đơn vị nào cần quan tâm trước.</p>",
            },
            {"type": "heading", "value": {"text": "Bảng theo dõi cho biết điều gì", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Với mỗi đơn vị và mỗi kỳ (tuần, tháng, quý), bảng theo dõi thường chia hồ sơ thành các nhóm:</p><ul><li><b>Đã tiếp nhận:</b> hồ sơ mới trong kỳ cộng hồ sơ kỳ trước chuyển sang.</li><li><b>Đã giải quyết:</b> chia thành <i>trước hạn</i>, <i>đúng hạn</i> và <i>quá hạn</i>, tính theo ngày trả kết quả so với ngày hẹn trả.</li><li><b>Đang giải quyết:</b> chia thành <i>còn trong hạn</i> và <i>đã quá hạn</i>, tức hồ sơ đã qua ngày hẹn mà chưa có kết quả.</li><li><b>Tạm dừng hoặc chờ bổ sung:</b> hồ sơ đang chờ người dân bổ sung giấy tờ hoặc thực hiện nghĩa vụ tài chính.</li></ul><p>Con số lãnh đạo thường được hỏi đến nhất là <b>tỷ lệ giải quyết đúng hạn</b>, cũng là con số được dùng để so sánh các đơn vị với nhau trong báo cáo cải cách hành chính.</p>",
            },
            {"type": "heading", "value": {"text": "Tỷ lệ đúng hạn được tính thế nào", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Tỷ lệ đúng hạn = (số hồ sơ giải quyết trước hạn + số hồ sơ giải quyết đúng hạn) ÷ tổng số hồ sơ <b>đã giải quyết</b> trong kỳ × 100%.</p><p>Lưu ý mẫu số: chỉ gồm hồ sơ <b>đã giải quyết</b>. Một hồ sơ đã quá hạn mà vẫn nằm trên bàn ai đó chưa được tính vào tỷ lệ, cho đến ngày nó được giải quyết. Vì vậy một đơn vị có thể đạt tỷ lệ rất cao trong khi vẫn “ôm” nhiều hồ sơ trễ. Khi đọc bảng, anh/chị luôn nhìn thêm cột <b>đang giải quyết đã quá hạn</b>.</p>",
            },
            {
                "type": "data_table",
                "value": {
                    "title": "Tỷ lệ hồ sơ giải quyết đúng hạn theo phường, quý I – Quận Bình Minh",
                    "columns": "Phường | Đúng hạn (%) | Đã giải quyết (hồ sơ) | Đã giải quyết nhưng quá hạn (hồ sơ) | Đang giải quyết đã quá hạn (hồ sơ)",
                    "rows": [
                        {"label": "Phường Hoa Sen", "values": "98,5 | 412 | 6 | 1"},
                        {"label": "Phường Ngọc Lan", "values": "96 | 250 | 10 | 2"},
                        {"label": "Phường Tân An", "values": "91 | 300 | 27 | 5"},
                        {"label": "Phường Cẩm Tú", "values": "84 | 175 | 28 | 4"},
                        {"label": "Phường Thanh Bình", "values": "100 | 38 | 0 | 9"},
                        {"label": "Phường Sông Xanh", "values": "72 | 150 | 42 | 12"},
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "%",
                    "caption": "Số liệu minh họa của Thành phố An Khang; không phản ánh đơn vị có thật.",
                },
            },
            {"type": "heading", "value": {"text": "Ba câu hỏi khi đọc biểu đồ", "level": "h2"}},
            {
                "type": "text",
                "value": "<ol><li><b>Đơn vị nào thấp nhất, và thấp vì bao nhiêu hồ sơ?</b> Phường Sông Xanh đạt 72%, tức 42 trên 150 hồ sơ đã giải quyết bị trễ. Đây là đơn vị cần xem trước.</li><li><b>Đơn vị nào cao nhưng đáng ngờ?</b> Phường Thanh Bình đạt 100%, nhưng chỉ giải quyết 38 hồ sơ và đang có 9 hồ sơ đã quá hạn chưa xong. Khi 9 hồ sơ này được giải quyết, tỷ lệ của phường sẽ giảm mạnh.</li><li><b>Xu hướng so với kỳ trước ra sao?</b> Một đơn vị từ 95% xuống 84% trong một quý đáng lo hơn một đơn vị giữ ổn định ở 88%. Hãy chọn kỳ trước trên bảng theo dõi để so sánh.</li></ol><p>Với số hồ sơ nhỏ, tỷ lệ dao động mạnh: chỉ một hồ sơ trễ trong mười hồ sơ đã kéo tỷ lệ xuống 90%. Đừng đánh giá một đơn vị chỉ qua một con số phần trăm; hãy nhìn cả số hồ sơ phía sau.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Năm phút mỗi sáng thứ Hai",
                    "text": "<p>Đặt lịch nhắc mỗi sáng thứ Hai để mở bảng theo dõi, chọn kỳ “tháng này” và xem hai cột: <b>tỷ lệ đúng hạn</b> và <b>đang giải quyết đã quá hạn</b>. Chỉ cần năm phút, anh/chị đã biết tuần này phải hỏi ai, về hồ sơ nào.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Nhìn bảng số liệu quý I của Quận Bình Minh ở trên, anh/chị nên quan tâm trước đến những phường nào? (Có thể chọn nhiều đáp án.)",
                    "choices": [
                        {
                            "text": "Phường Sông Xanh, vì tỷ lệ đúng hạn thấp nhất và có nhiều hồ sơ trễ nhất.",
                            "correct": True,
                            "feedback": "Đúng. 42 hồ sơ đã giải quyết trễ và 12 hồ sơ đang quá hạn là tín hiệu rõ ràng nhất trên bảng.",
                        },
                        {
                            "text": "Phường Thanh Bình, vì có 9 hồ sơ đang quá hạn chưa giải quyết dù tỷ lệ đúng hạn là 100%.",
                            "correct": True,
                            "feedback": "Đúng. Tỷ lệ 100% chỉ tính trên 38 hồ sơ đã giải quyết; 9 hồ sơ quá hạn còn nằm chờ chưa được tính.",
                        },
                        {
                            "text": "Phường Hoa Sen, vì có số hồ sơ đã giải quyết nhiều nhất.",
                            "correct": False,
                            "feedback": "Phường Hoa Sen giải quyết nhiều hồ sơ và gần như tất cả đều đúng hạn; đây là đơn vị làm tốt.",
                        },
                    ],
                    "explanation": "Tỷ lệ đúng hạn chỉ tính trên hồ sơ đã giải quyết. Vì vậy cần đọc cùng lúc hai tín hiệu: tỷ lệ thấp (Phường Sông Xanh) và số hồ sơ đang quá hạn cao so với quy mô (Phường Thanh Bình). Một tỷ lệ 100% trên số hồ sơ nhỏ, kèm nhiều hồ sơ quá hạn đang chờ, thường là dấu hiệu hồ sơ khó đang bị để lại.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Tỷ lệ đúng hạn = hồ sơ trước hạn và đúng hạn chia cho tổng hồ sơ đã giải quyết trong kỳ.",
                        "Hồ sơ quá hạn chưa giải quyết chưa được tính vào tỷ lệ; luôn xem thêm cột “đang giải quyết đã quá hạn”.",
                        "Đọc phần trăm cùng với số hồ sơ phía sau; số hồ sơ nhỏ làm tỷ lệ dao động mạnh.",
                        "Dành năm phút mỗi sáng thứ Hai để xem bảng theo dõi và chọn đơn vị cần hỏi.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>The city's administrative procedures information system records every dossier that citizens and businesses submit at the One-Stop Desk or online: the date received, the appointment date for the result, each processing step and the date the result was returned. From this, the <b>dashboard</b> calculates each unit's on-time and late rates and keeps them up to date. Many leaders have access to the dashboard but rarely open it. This lesson helps you read it in five minutes and know which unit to look at first.</p>",
            },
            {"type": "heading", "value": {"text": "What the dashboard tells you", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>For each unit and each period (week, month, quarter), the dashboard usually splits dossiers into groups:</p><ul><li><b>Received:</b> new dossiers in the period plus those carried over from the previous one.</li><li><b>Resolved:</b> split into <i>early</i>, <i>on time</i> and <i>late</i>, comparing the date the result was returned with the appointment date.</li><li><b>In progress:</b> split into <i>still within the deadline</i> and <i>overdue</i>, that is, past the appointment date with no result yet.</li><li><b>Paused or awaiting supplements:</b> dossiers waiting for the citizen to supply documents or pay fees.</li></ul><p>The figure leaders are asked about most is the <b>on-time resolution rate</b>, which is also the figure used to compare units in administrative reform reports.</p>",
            },
            {"type": "heading", "value": {"text": "How the on-time rate is calculated", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>On-time rate = (dossiers resolved early + dossiers resolved on time) ÷ total dossiers <b>resolved</b> in the period × 100%.</p><p>Note the denominator: it includes only <b>resolved</b> dossiers. An overdue dossier still sitting on someone's desk is not counted until the day it is resolved. A unit can therefore show a very high rate while still “holding on to” many late dossiers. When you read the dashboard, always look at the <b>in progress, overdue</b> column as well.</p>",
            },
            {
                "type": "data_table",
                "value": {
                    "title": "On-time resolution rate by ward, first quarter – Bình Minh District",
                    "columns": "Ward | On time (%) | Resolved (dossiers) | Resolved late (dossiers) | In progress, overdue (dossiers)",
                    "rows": [
                        {"label": "Hoa Sen Ward", "values": "98.5 | 412 | 6 | 1"},
                        {"label": "Ngọc Lan Ward", "values": "96 | 250 | 10 | 2"},
                        {"label": "Tân An Ward", "values": "91 | 300 | 27 | 5"},
                        {"label": "Cẩm Tú Ward", "values": "84 | 175 | 28 | 4"},
                        {"label": "Thanh Bình Ward", "values": "100 | 38 | 0 | 9"},
                        {"label": "Sông Xanh Ward", "values": "72 | 150 | 42 | 12"},
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "%",
                    "caption": "Illustrative figures for An Khang City; they do not describe any real unit.",
                },
            },
            {"type": "heading", "value": {"text": "Three questions when reading the chart", "level": "h2"}},
            {
                "type": "text",
                "value": "<ol><li><b>Which unit is lowest, and how many dossiers lie behind that?</b> Sông Xanh Ward is at 72%: 42 of its 150 resolved dossiers were late. This is the unit to look at first.</li><li><b>Which unit is high but suspicious?</b> Thanh Bình Ward is at 100%, but it resolved only 38 dossiers and has 9 overdue dossiers still unresolved. Once those 9 are resolved, the ward's rate will fall sharply.</li><li><b>What is the trend compared with the previous period?</b> A unit falling from 95% to 84% in a quarter is more worrying than one steady at 88%. Select the previous period on the dashboard to compare.</li></ol><p>With small numbers of dossiers, rates swing widely: a single late dossier out of ten already pulls the rate down to 90%. Do not judge a unit by one percentage alone; look at the number of dossiers behind it.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Five minutes every Monday morning",
                    "text": "<p>Set a reminder every Monday morning to open the dashboard, choose the period “this month” and look at two columns: the <b>on-time rate</b> and <b>in progress, overdue</b>. In five minutes you will know whom to ask about which dossiers this week.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Looking at the first-quarter figures for Bình Minh District above, which wards should you look at first? (You may choose more than one answer.)",
                    "choices": [
                        {
                            "text": "Sông Xanh Ward, because it has the lowest on-time rate and the most late dossiers.",
                            "correct": True,
                            "feedback": "Correct. 42 dossiers resolved late and 12 overdue in progress are the clearest signals in the table.",
                        },
                        {
                            "text": "Thanh Bình Ward, because it has 9 overdue dossiers still unresolved despite an on-time rate of 100%.",
                            "correct": True,
                            "feedback": "Correct. The 100% rate covers only 38 resolved dossiers; the 9 overdue ones still waiting are not yet counted.",
                        },
                        {
                            "text": "Hoa Sen Ward, because it has resolved the most dossiers.",
                            "correct": False,
                            "feedback": "Hoa Sen Ward resolves many dossiers and almost all of them on time; it is a unit doing well.",
                        },
                    ],
                    "explanation": "The on-time rate covers only resolved dossiers. So read two signals together: a low rate (Sông Xanh Ward) and a number of overdue dossiers in progress that is high for the unit's size (Thanh Bình Ward). A 100% rate on a small number of dossiers, alongside many overdue ones waiting, often means that difficult dossiers are being left aside.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "On-time rate = dossiers resolved early or on time divided by all dossiers resolved in the period.",
                        "Overdue dossiers not yet resolved are not in the rate; always also look at “in progress, overdue”.",
                        "Read percentages together with the number of dossiers behind them; small numbers make rates swing.",
                        "Spend five minutes every Monday morning on the dashboard and pick the units to ask about.",
                    ],
                },
            },
        ],
    },
}

LATE_DOSSIERS = {
    "slug": "tim-ho-so-tre-han",
    "minutes": 7,
    "title": {
        "vi": "Lọc và mở từng hồ sơ trễ hạn",
        "en": "Drilling down to late dossiers",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Tỷ lệ đúng hạn cho anh/chị biết <b>ở đâu</b> có vấn đề; danh sách hồ sơ trễ hạn cho biết <b>vì sao</b>. Bảng theo dõi cho phép bấm vào từng con số để mở danh sách hồ sơ phía sau, rồi mở từng hồ sơ để xem nó đã đi qua những bước nào, nằm ở đâu, trong bao lâu. Bài này hướng dẫn anh/chị đi từ con số đến từng hồ sơ cụ thể, và nhận ra các kiểu trễ hạn thường gặp.</p>",
            },
            {"type": "heading", "value": {"text": "Từ con số đến từng hồ sơ", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Mở danh sách hồ sơ đang quá hạn của một phường",
                    "steps": [
                        {
                            "instruction": "Mở bảng theo dõi, chọn kỳ cần xem và chọn đơn vị, ví dụ Quận Bình Minh rồi Phường Sông Xanh.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Bấm vào con số ở cột “đang giải quyết đã quá hạn” để mở danh sách hồ sơ phía sau con số đó.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Sắp xếp danh sách theo số ngày quá hạn, hồ sơ trễ lâu nhất lên đầu.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Mở từng hồ sơ và xem phần quá trình xử lý: hồ sơ đang ở bước nào, ai đang giữ, từ ngày nào.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ghi chú hồ sơ nào nghẽn trong nội bộ, hồ sơ nào đang chờ cơ quan khác, hồ sơ nào đang chờ người dân bổ sung.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Xuất danh sách ra tệp hoặc sao chép đường dẫn để gửi cho người chịu trách nhiệm kèm ý kiến chỉ đạo.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "data_table",
                "value": {
                    "title": "Hồ sơ đang giải quyết đã quá hạn – Phường Sông Xanh (trích)",
                    "columns": "Mã hồ sơ | Thủ tục | Quá hạn (ngày làm việc) | Đang ở bước | Đang chờ",
                    "rows": [
                        {
                            "label": "SX-0412",
                            "values": "Cấp giấy phép xây dựng nhà ở riêng lẻ | 9 | Thẩm định | Công chức địa chính – xây dựng",
                        },
                        {
                            "label": "SX-0431",
                            "values": "Chứng thực hợp đồng, giao dịch | 6 | Chờ bổ sung (lần 3) | Người dân",
                        },
                        {"label": "SX-0447", "values": "Đăng ký kết hôn | 4 | Trình ký | Lãnh đạo UBND phường"},
                        {
                            "label": "SX-0452",
                            "values": "Xác nhận nguồn gốc đất | 4 | Liên thông | Cơ quan đăng ký đất đai",
                        },
                        {
                            "label": "SX-0460",
                            "values": "Cấp giấy phép xây dựng nhà ở riêng lẻ | 3 | Thẩm định | Công chức địa chính – xây dựng",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Số liệu, mã hồ sơ minh họa; không phải hồ sơ có thật.",
                },
            },
            {"type": "heading", "value": {"text": "Đọc quá trình xử lý của một hồ sơ", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Quá trình xử lý là “nhật ký” của hồ sơ: mỗi lần chuyển bước, hệ thống ghi lại người chuyển, người nhận, thời điểm và ý kiến kèm theo. Khi mở một hồ sơ trễ, anh/chị tìm ba điều:</p><ul><li><b>Bước nào chiếm nhiều thời gian nhất?</b> So số ngày hồ sơ nằm ở từng bước với thời gian quy định cho bước đó.</li><li><b>Có bị trả lại hoặc yêu cầu bổ sung nhiều lần không?</b> Yêu cầu bổ sung lần thứ hai, thứ ba cho những giấy tờ khác nhau là dấu hiệu hướng dẫn không đầy đủ ngay từ đầu.</li><li><b>Có ý kiến giải thích không?</b> Hồ sơ cần xác minh thực địa hoặc lấy ý kiến cơ quan khác thường có ghi chú; hồ sơ nằm im không một dòng ghi chú là điều cần hỏi.</li></ul><p>Đôi khi hồ sơ nằm ở bước <b>trình ký</b>, tức là đang chờ chính lãnh đạo. Trong bảng trên, hồ sơ SX-0447 đã nằm ở bước này bốn ngày. Trước khi đôn đốc người khác, hãy xem hàng chờ ký của mình.</p>",
            },
            {"type": "heading", "value": {"text": "Ba kiểu trễ hạn thường gặp", "level": "h2"}},
            {
                "type": "text",
                "value": "<ol><li><b>Nghẽn ở một người hoặc một bước:</b> nhiều hồ sơ cùng nằm ở một công chức, như hai hồ sơ cấp phép xây dựng ở bước thẩm định. Cần xem lại phân công, khối lượng công việc hoặc bố trí người hỗ trợ.</li><li><b>Chờ cơ quan khác trong quy trình liên thông:</b> như hồ sơ SX-0452 đang chờ cơ quan đăng ký đất đai. Cấp phường khó tự giải quyết; lãnh đạo cần trao đổi trực tiếp với lãnh đạo cơ quan kia.</li><li><b>Hồ sơ phức tạp hoặc hướng dẫn không đầy đủ:</b> cần xác minh, hoặc người dân bị yêu cầu bổ sung nhiều lần như hồ sơ SX-0431. Cần xem lại cách tiếp nhận, hướng dẫn ngay từ quầy.</li></ol><p>Mỗi kiểu cần một cách xử lý khác nhau. Nếu chỉ nhắc chung “khẩn trương giải quyết hồ sơ trễ hạn”, kiểu thứ hai và thứ ba sẽ không thay đổi.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Đừng để con số đẹp che hồ sơ trễ",
                    "text": "<p>Vì tỷ lệ đúng hạn chỉ tính trên hồ sơ đã giải quyết, một đơn vị có thể giữ tỷ lệ cao bằng cách để hồ sơ khó nằm lại. Hãy luôn mở danh sách <b>đang giải quyết đã quá hạn</b>, không chỉ xem tỷ lệ phần trăm.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Quá trình xử lý hồ sơ SX-0431 cho thấy công chức đã ba lần yêu cầu người dân bổ sung, mỗi lần một loại giấy tờ khác nhau. Anh/chị rút ra điều gì?",
                    "choices": [
                        {
                            "text": "Người dân chuẩn bị hồ sơ chưa kỹ; lỗi không thuộc về phường.",
                            "correct": False,
                            "feedback": "Việc kiểm tra và hướng dẫn đầy đủ ngay khi tiếp nhận là trách nhiệm của cơ quan, không phải của người dân.",
                        },
                        {
                            "text": "Yêu cầu bổ sung chưa được hướng dẫn đầy đủ trong một lần; cần chấn chỉnh cách tiếp nhận và xin lỗi người dân.",
                            "correct": True,
                            "feedback": "Đúng. Ba lần yêu cầu bổ sung cho ba giấy tờ khác nhau cho thấy việc kiểm tra hồ sơ ban đầu chưa đầy đủ.",
                        },
                        {
                            "text": "Hồ sơ đang chờ người dân nên không cần quan tâm.",
                            "correct": False,
                            "feedback": "Hồ sơ đã quá hạn sáu ngày và người dân đã phải đi lại nhiều lần; đây chính là hồ sơ cần quan tâm.",
                        },
                    ],
                    "explanation": "Theo quy định về cơ chế một cửa, khi hồ sơ chưa đầy đủ, công chức phải hướng dẫn người dân bổ sung một lần, đầy đủ và rõ ràng. Nhiều lần yêu cầu bổ sung các giấy tờ khác nhau vừa làm người dân đi lại nhiều lần, vừa là dấu hiệu cần xem lại khâu tiếp nhận.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Bấm vào con số trên bảng theo dõi để mở danh sách hồ sơ; sắp xếp theo số ngày quá hạn.",
                        "Trong quá trình xử lý, tìm bước chiếm nhiều thời gian nhất và những lần trả lại, yêu cầu bổ sung.",
                        "Phân biệt ba kiểu trễ: nghẽn nội bộ, chờ cơ quan khác, hướng dẫn không đầy đủ; mỗi kiểu cần cách xử lý riêng.",
                        "Xem hàng chờ ký của chính mình trước khi đôn đốc người khác.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>The on-time rate tells you <b>where</b> there is a problem; the list of late dossiers tells you <b>why</b>. The dashboard lets you click on each figure to open the list of dossiers behind it, then open each dossier to see which steps it has passed through, where it is now and for how long. This lesson takes you from a figure to individual dossiers, and helps you recognise the common kinds of delay.</p>",
            },
            {"type": "heading", "value": {"text": "From a figure to individual dossiers", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Open a ward's list of overdue dossiers",
                    "steps": [
                        {
                            "instruction": "Open the dashboard, choose the period and the unit, for example Bình Minh District and then Sông Xanh Ward.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Click the figure in the “in progress, overdue” column to open the list of dossiers behind it.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Sort the list by days overdue, with the longest-overdue dossier first.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Open each dossier and look at its processing history: which step it is at, who holds it, and since when.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Note which dossiers are stuck internally, which are waiting for another agency, and which are waiting for the citizen to supply documents.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Export the list to a file or copy its link to send to the person responsible, with your directions.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "data_table",
                "value": {
                    "title": "Dossiers in progress and overdue – Sông Xanh Ward (extract)",
                    "columns": "Dossier code | Procedure | Overdue (working days) | Current step | Waiting for",
                    "rows": [
                        {
                            "label": "SX-0412",
                            "values": "Building permit for a private house | 9 | Appraisal | Land and construction officer",
                        },
                        {
                            "label": "SX-0431",
                            "values": "Certification of a contract or transaction | 6 | Awaiting supplements (3rd time) | The citizen",
                        },
                        {
                            "label": "SX-0447",
                            "values": "Marriage registration | 4 | Awaiting signature | Ward People's Committee leader",
                        },
                        {
                            "label": "SX-0452",
                            "values": "Confirmation of land origin | 4 | Inter-agency | Land registration office",
                        },
                        {
                            "label": "SX-0460",
                            "values": "Building permit for a private house | 3 | Appraisal | Land and construction officer",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Illustrative figures and dossier codes; not real dossiers.",
                },
            },
            {"type": "heading", "value": {"text": "Reading a dossier's processing history", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>The processing history is the dossier's “logbook”: each time it moves to another step, the system records who sent it, who received it, when, and any comment. When you open a late dossier, look for three things:</p><ul><li><b>Which step took the longest?</b> Compare the days spent at each step with the time allowed for that step.</li><li><b>Was it returned or sent back for supplements several times?</b> A second or third request for different documents is a sign that the guidance was incomplete from the start.</li><li><b>Is there an explanatory comment?</b> Dossiers that need a site check or another agency's opinion usually carry a note; a dossier lying still without a single note is something to ask about.</li></ul><p>Sometimes a dossier sits at the <b>awaiting signature</b> step, meaning it is waiting for the leader. In the table above, dossier SX-0447 has been at that step for four days. Before chasing others, check your own signature queue.</p>",
            },
            {"type": "heading", "value": {"text": "Three common kinds of delay", "level": "h2"}},
            {
                "type": "text",
                "value": "<ol><li><b>A bottleneck at one person or one step:</b> several dossiers held by the same officer, like the two building permits at the appraisal step. Review the assignment of work, the workload, or arrange extra help.</li><li><b>Waiting for another agency in an inter-agency procedure:</b> like dossier SX-0452, waiting for the land registration office. The ward can hardly solve this alone; the leader needs to talk directly to the leader of the other agency.</li><li><b>A complex dossier or incomplete guidance:</b> it needs verification, or the citizen was asked for supplements several times, like dossier SX-0431. Review how dossiers are received and how guidance is given at the desk.</li></ol><p>Each kind needs a different response. A general reminder to “deal urgently with late dossiers” will not change the second and third kinds.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Do not let a good figure hide late dossiers",
                    "text": "<p>Because the on-time rate counts only resolved dossiers, a unit can keep its rate high by leaving difficult dossiers aside. Always open the <b>in progress, overdue</b> list, not just the percentage.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "The processing history of dossier SX-0431 shows that the officer asked the citizen for supplements three times, each time for a different document. What do you conclude?",
                    "choices": [
                        {
                            "text": "The citizen did not prepare the dossier carefully; the ward is not at fault.",
                            "correct": False,
                            "feedback": "Checking the dossier and giving complete guidance at the moment of receipt is the agency's responsibility, not the citizen's.",
                        },
                        {
                            "text": "The request for supplements was not given completely in one go; the way dossiers are received needs correcting, and the citizen is owed an apology.",
                            "correct": True,
                            "feedback": "Correct. Three requests for three different documents show that the initial check of the dossier was incomplete.",
                        },
                        {
                            "text": "The dossier is waiting for the citizen, so it needs no attention.",
                            "correct": False,
                            "feedback": "The dossier is six days overdue and the citizen has had to come back several times; this is exactly the dossier that needs attention.",
                        },
                    ],
                    "explanation": "Under the one-stop-shop rules, when a dossier is incomplete the officer must tell the citizen what to add once, completely and clearly. Repeated requests for different documents make citizens come back again and again, and signal that the reception step needs reviewing.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Click a figure on the dashboard to open the list of dossiers; sort by days overdue.",
                        "In the processing history, look for the step that took longest and for returns or requests for supplements.",
                        "Tell apart three kinds of delay: internal bottleneck, waiting for another agency, incomplete guidance; each needs its own response.",
                        "Check your own signature queue before chasing others.",
                    ],
                },
            },
        ],
    },
}

FOLLOWING_UP = {
    "slug": "don-doc-nguoi-phu-trach",
    "minutes": 6,
    "title": {
        "vi": "Đôn đốc người phụ trách và xin lỗi người dân",
        "en": "Following up with the responsible officials",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Biết hồ sơ nào trễ mới là một nửa công việc. Nửa còn lại là làm cho hồ sơ được giải quyết, người dân được thông báo đúng mực, và nguyên nhân gây trễ được xử lý để không lặp lại. Lãnh đạo không cần tự xử lý từng hồ sơ, nhưng cần giao việc rõ ràng, theo dõi đến cùng, và không để áp lực về con số làm méo mó cách làm việc. Bài này đưa ra một quy trình đôn đốc đơn giản, làm được trong ngày.</p>",
            },
            {"type": "heading", "value": {"text": "Đôn đốc trong ngày", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Từ danh sách hồ sơ trễ đến việc cụ thể",
                    "steps": [
                        {
                            "instruction": "Gửi danh sách hồ sơ quá hạn cho người chịu trách nhiệm trực tiếp (trưởng bộ phận hoặc công chức đang giữ hồ sơ) qua chức năng nhắc việc của hệ thống hoặc thư công vụ.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Với mỗi hồ sơ, yêu cầu trả lời ba ý: lý do trễ, việc còn phải làm, ngày cam kết trả kết quả.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Hồ sơ không thể trả đúng hẹn: yêu cầu lập Phiếu xin lỗi và hẹn lại ngày trả kết quả, gửi người dân trước ngày hẹn cũ, nêu rõ lý do và ngày hẹn mới.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Hồ sơ đang chờ cơ quan khác: anh/chị trực tiếp gọi điện hoặc gửi thư cho lãnh đạo cơ quan đó, nêu mã hồ sơ và thời hạn cần phản hồi.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Hồ sơ đang chờ chính anh/chị ký: xử lý ngay trong ngày.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ghi ngày kiểm tra lại vào lịch làm việc và mở lại danh sách vào ngày đó.",
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
                    "title": "Quy định về cơ chế một cửa",
                    "text": "<p>Theo quy định của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông: khi hồ sơ <b>không thể trả đúng hẹn</b>, cơ quan giải quyết phải gửi văn bản xin lỗi người nộp hồ sơ (Phiếu xin lỗi và hẹn lại ngày trả kết quả), nêu rõ lý do và thời gian hẹn trả kết quả mới. Khi hồ sơ chưa đầy đủ, việc yêu cầu bổ sung phải được hướng dẫn <b>một lần, đầy đủ</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Một thư đôn đốc mẫu", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Thư đôn đốc cần ngắn, cụ thể và có thời hạn. Ví dụ, gửi Chủ tịch UBND Phường Sông Xanh:</p><p><i>“Tiêu đề: Đôn đốc 12 hồ sơ quá hạn – báo cáo trước 16h00 thứ Tư.</i></p><p><i>Bảng theo dõi ngày 10/3 cho thấy Phường Sông Xanh có 12 hồ sơ đang giải quyết đã quá hạn (danh sách kèm theo). Đề nghị UBND phường: (1) chỉ đạo giải quyết dứt điểm các hồ sơ đã đủ điều kiện trong tuần này; (2) với hồ sơ không thể trả đúng hẹn, gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả cho người dân trong ngày mai; (3) báo cáo lý do trễ và ngày cam kết của từng hồ sơ bằng thư trả lời trước 16h00 thứ Tư. Riêng hồ sơ SX-0452 đang chờ cơ quan đăng ký đất đai, tôi sẽ trực tiếp trao đổi.”</i></p><p>Lời lẽ trong thư hướng tới công việc chứ không hướng tới lỗi cá nhân; việc đánh giá trách nhiệm để sau khi đã rõ nguyên nhân.</p>",
            },
            {"type": "heading", "value": {"text": "Những việc không được làm để “làm đẹp” số liệu", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Áp lực về tỷ lệ đúng hạn đôi khi đẩy đơn vị đến những cách làm sai. Lãnh đạo cần nói rõ với cán bộ rằng những việc sau <b>không được chấp nhận</b>:</p><ul><li>Yêu cầu người dân bổ sung giấy tờ không cần thiết để hồ sơ chuyển sang trạng thái tạm dừng.</li><li>Tiếp nhận hồ sơ ngoài hệ thống, hẹn miệng, rồi mới nhập vào hệ thống khi đã gần xong.</li><li>Trả lại hồ sơ hợp lệ để người dân nộp lại từ đầu, làm “mới” lại thời hạn.</li><li>Cập nhật trạng thái “đã giải quyết” khi người dân chưa nhận được kết quả.</li></ul><p>Những cách làm này không chỉ sai quy định mà còn làm người dân đi lại nhiều lần, và đó chính là điều người dân phản ánh trong đánh giá mức độ hài lòng. Ngược lại, hãy <b>ghi nhận công khai</b> những bộ phận, cá nhân giữ được tỷ lệ cao bằng cách làm đúng.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Cuối tuần, phường còn 8 hồ sơ sắp đến hạn nhưng chưa xong. Một công chức đề xuất gửi yêu cầu bổ sung hồ sơ cho cả 8 người dân để hồ sơ chuyển sang tạm dừng, “giữ” tỷ lệ đúng hạn. Anh/chị xử lý thế nào?",
                    "choices": [
                        {
                            "text": "Đồng ý, vì chỉ là tạm thời và giúp phường không bị xếp hạng thấp.",
                            "correct": False,
                            "feedback": "Yêu cầu bổ sung không có căn cứ là sai quy định, làm người dân đi lại vô ích và làm sai lệch số liệu.",
                        },
                        {
                            "text": "Không đồng ý; chỉ yêu cầu bổ sung khi hồ sơ thật sự thiếu. Ưu tiên giải quyết các hồ sơ kịp hạn; hồ sơ không kịp thì gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả.",
                            "correct": True,
                            "feedback": "Đúng. Số liệu trung thực giúp anh/chị thấy đúng vấn đề; người dân được báo trước và có ngày hẹn mới rõ ràng.",
                        },
                        {
                            "text": "Không làm gì; để hồ sơ trễ rồi giải thích trong báo cáo quý.",
                            "correct": False,
                            "feedback": "Im lặng để hồ sơ trễ mà không báo cho người dân là vi phạm quy định về xin lỗi và hẹn lại.",
                        },
                    ],
                    "explanation": "Khi hồ sơ không thể trả đúng hẹn, cách làm đúng là tập trung giải quyết những hồ sơ còn kịp, và với hồ sơ không kịp thì xin lỗi, hẹn lại bằng văn bản. Dùng yêu cầu bổ sung để “dừng đồng hồ” là làm sai quy định và chỉ che giấu vấn đề mà lãnh đạo cần nhìn thấy.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Giao việc theo từng hồ sơ: lý do trễ, việc còn lại, ngày cam kết, và ngày anh/chị kiểm tra lại.",
                        "Hồ sơ không kịp hẹn phải có Phiếu xin lỗi và hẹn lại ngày trả kết quả gửi người dân.",
                        "Hồ sơ chờ cơ quan khác: lãnh đạo trao đổi trực tiếp với lãnh đạo cơ quan đó.",
                        "Không chấp nhận cách “làm đẹp” số liệu; ghi nhận những người giữ tỷ lệ cao bằng cách làm đúng.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Knowing which dossiers are late is only half the job. The other half is getting them resolved, informing citizens properly, and dealing with the causes of delay so they do not recur. Leaders do not need to handle each dossier themselves, but they need to assign work clearly, follow it through, and not let pressure on the figures distort the way work is done. This lesson gives a simple follow-up routine you can complete within the day.</p>",
            },
            {"type": "heading", "value": {"text": "Follow up within the day", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "From a list of late dossiers to concrete tasks",
                    "steps": [
                        {
                            "instruction": "Send the list of overdue dossiers to the person directly responsible (the head of section or the officer holding the dossiers) through the system's reminder function or by official email.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "For each dossier, ask for three answers: the reason for the delay, what remains to be done, and the committed date for the result.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Dossiers that cannot meet the appointment: require an apology and new appointment slip to be sent to the citizen before the old date, stating the reason and the new date.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Dossiers waiting for another agency: phone or write to that agency's leader yourself, giving the dossier codes and the date by which you need a response.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Dossiers waiting for your own signature: deal with them the same day.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Put a date to check again in your calendar and reopen the list on that day.",
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
                    "title": "One-stop-shop rules",
                    "text": "<p>Under the Government's rules on handling administrative procedures through the one-stop-shop and inter-agency one-stop-shop mechanism: when a dossier <b>cannot be returned on the appointed date</b>, the handling agency must send the applicant a written apology (the apology and new appointment slip) stating the reason and the new date for the result. When a dossier is incomplete, the request for supplements must be given <b>once, in full</b>.</p>",
                },
            },
            {"type": "heading", "value": {"text": "A sample follow-up message", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>A follow-up message should be short, specific and carry a deadline. For example, to the Chair of Sông Xanh Ward People's Committee:</p><p><i>“Subject: Follow-up on 12 overdue dossiers – report by 16:00 on Wednesday.</i></p><p><i>The dashboard on 10/3 shows that Sông Xanh Ward has 12 overdue dossiers in progress (list attached). Please: (1) direct that all dossiers ready for a decision are completed this week; (2) for dossiers that cannot meet the appointment, send citizens the apology and new appointment slip by tomorrow; (3) report the reason for delay and the committed date for each dossier by replying before 16:00 on Wednesday. I will speak directly to the land registration office about dossier SX-0452, which is waiting for them.”</i></p><p>The wording is about the work, not about individual fault; assessing responsibility comes later, once the causes are clear.</p>",
            },
            {"type": "heading", "value": {"text": "What must not be done to “improve” the figures", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Pressure on the on-time rate sometimes pushes units towards wrong practices. Leaders should tell staff clearly that the following are <b>not acceptable</b>:</p><ul><li>Asking citizens for unnecessary documents so that the dossier moves to a paused state.</li><li>Receiving dossiers outside the system with a verbal appointment, and entering them only when they are nearly done.</li><li>Returning valid dossiers so that citizens resubmit from scratch, restarting the clock.</li><li>Marking a dossier “resolved” before the citizen has received the result.</li></ul><p>These practices not only break the rules but also make citizens come back again and again, which is exactly what they complain about in satisfaction ratings. Conversely, <b>publicly recognise</b> the sections and individuals who keep a high rate by doing things properly.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "At the end of the week, the ward has 8 dossiers close to their deadline that are not finished. An officer suggests sending all 8 citizens a request for supplements so the dossiers are paused and the on-time rate is “kept”. What do you do?",
                    "choices": [
                        {
                            "text": "Agree, since it is only temporary and keeps the ward from a low ranking.",
                            "correct": False,
                            "feedback": "A request for supplements without grounds breaks the rules, sends citizens on pointless trips and distorts the figures.",
                        },
                        {
                            "text": "Refuse; request supplements only when something is really missing. Prioritise the dossiers that can still meet the deadline; for the rest, send the apology and new appointment slip.",
                            "correct": True,
                            "feedback": "Correct. Honest figures let you see the real problem; citizens are told in advance and get a clear new date.",
                        },
                        {
                            "text": "Do nothing; let the dossiers go late and explain in the quarterly report.",
                            "correct": False,
                            "feedback": "Silently letting dossiers go late without informing citizens breaks the rule on apologising and setting a new date.",
                        },
                    ],
                    "explanation": "When dossiers cannot be returned on time, the right approach is to concentrate on those that can still make it and, for the others, apologise and set a new date in writing. Using requests for supplements to “stop the clock” breaks the rules and only hides the problem the leader needs to see.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Assign work dossier by dossier: reason for delay, what remains, committed date, and the date you will check again.",
                        "A dossier that will miss its appointment requires an apology and new appointment slip sent to the citizen.",
                        "Dossiers waiting for another agency: the leader speaks directly to that agency's leader.",
                        "Do not accept ways of “improving” the figures; recognise those who keep high rates by doing things properly.",
                    ],
                },
            },
        ],
    },
}

SATISFACTION = {
    "slug": "muc-do-hai-long-cua-nguoi-dan",
    "minutes": 6,
    "title": {
        "vi": "Theo dõi mức độ hài lòng của người dân",
        "en": "Tracking citizen satisfaction",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Giải quyết đúng hạn là điều kiện cần, nhưng chưa đủ. Một hồ sơ có thể được trả đúng ngày hẹn mà người dân vẫn phải đi lại ba lần, chờ lâu ở quầy hay được hướng dẫn thiếu nhiệt tình. <b>Mức độ hài lòng</b> cho anh/chị biết người dân thực sự trải nghiệm dịch vụ của đơn vị ra sao. Bài này giúp anh/chị đọc số liệu hài lòng cùng với tỷ lệ đúng hạn và biến ý kiến của người dân thành việc cần làm.</p>",
            },
            {"type": "heading", "value": {"text": "Số liệu hài lòng đến từ đâu", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Người dân có thể đánh giá ở nhiều nơi: thiết bị đánh giá đặt tại Bộ phận Một cửa, trang dịch vụ công trực tuyến khi nhận kết quả, hoặc tin nhắn khảo sát sau khi hồ sơ hoàn thành. Mỗi lượt đánh giá thường gồm mức độ (rất hài lòng, hài lòng, không hài lòng) và có thể kèm ý kiến ngắn. Bảng theo dõi tổng hợp các lượt đánh giá này theo đơn vị và theo kỳ.</p><p>Số liệu về chất lượng phục vụ người dân, doanh nghiệp cũng là một phần của các bộ chỉ số mà cấp trên dùng để đánh giá, xếp hạng cải cách hành chính của địa phương. Nhưng quan trọng hơn xếp hạng, đây là kênh phản hồi trực tiếp nhất anh/chị có được từ người dân.</p>",
            },
            {
                "type": "data_table",
                "value": {
                    "title": "Mức độ hài lòng theo phường, quý I – Quận Bình Minh",
                    "columns": "Phường | Hài lòng (%) | Lượt đánh giá | Không hài lòng (lượt)",
                    "rows": [
                        {"label": "Phường Hoa Sen", "values": "97 | 380 | 11"},
                        {"label": "Phường Ngọc Lan", "values": "93 | 190 | 13"},
                        {"label": "Phường Tân An", "values": "90 | 210 | 21"},
                        {"label": "Phường Cẩm Tú", "values": "88 | 95 | 11"},
                        {"label": "Phường Thanh Bình", "values": "71 | 24 | 7"},
                        {"label": "Phường Sông Xanh", "values": "76 | 120 | 29"},
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "%",
                    "caption": "Số liệu minh họa. “Hài lòng” gồm rất hài lòng và hài lòng.",
                },
            },
            {"type": "heading", "value": {"text": "Đọc số liệu hài lòng cùng tỷ lệ đúng hạn", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Đặt bảng này cạnh bảng tỷ lệ đúng hạn ở bài đầu tiên, anh/chị sẽ thấy nhiều điều:</p><ul><li><b>Phường Thanh Bình</b> đạt 100% đúng hạn nhưng chỉ 71% hài lòng. Chín người dân có hồ sơ đang quá hạn khó có thể hài lòng; số liệu hài lòng đang phản ánh đúng điều mà tỷ lệ đúng hạn che đi.</li><li><b>Số lượt đánh giá</b> so với số hồ sơ cũng đáng chú ý: Phường Thanh Bình chỉ có 24 lượt đánh giá. Cần hỏi xem người dân có được mời đánh giá hay không.</li><li><b>Phường Sông Xanh</b> thấp ở cả hai chỉ số: vấn đề nằm ở cả tốc độ lẫn cách phục vụ.</li></ul><p>Đừng chỉ nhìn phần trăm. Hãy đọc <b>các ý kiến không hài lòng</b>: đó là nơi người dân nói rõ điều gì chưa ổn, chẳng hạn đi lại nhiều lần, chờ lâu, bị yêu cầu giấy tờ ngoài quy định hay thái độ chưa đúng mực.</p>",
            },
            {"type": "heading", "value": {"text": "Từ ý kiến đến việc cần làm", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Xử lý ý kiến không hài lòng mỗi tháng",
                    "steps": [
                        {
                            "instruction": "Mở danh sách lượt đánh giá không hài lòng trong tháng của từng đơn vị và đọc toàn bộ ý kiến kèm theo.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Phân loại nguyên nhân: đi lại nhiều lần, thời gian chờ, giấy tờ ngoài quy định, thái độ phục vụ, cơ sở vật chất.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Giao lãnh đạo phụ trách hoặc trưởng bộ phận gọi lại một vài người dân không hài lòng để hiểu rõ sự việc và xin lỗi khi cơ quan có lỗi.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Giao việc khắc phục theo từng nguyên nhân, ví dụ niêm yết lại thành phần hồ sơ, bổ sung người vào giờ cao điểm, nhắc nhở cá nhân.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Báo cáo kết quả trong cuộc họp giao ban tháng sau và ghi nhận những bộ phận, cá nhân được người dân đánh giá tốt.",
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
                    "title": "Không “vận động” người dân bấm hài lòng",
                    "text": "<p>Nhắc người dân đánh giá là tốt; gợi ý hay thúc ép họ chọn “hài lòng” thì không. Số liệu bị tác động sẽ mất giá trị và che đi chính những vấn đề anh/chị cần biết. Hãy để người dân đánh giá <b>tự nguyện</b>, và coi mỗi lượt không hài lòng là một thông tin quý.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Phường Thanh Bình có tỷ lệ đúng hạn 100% nhưng mức hài lòng chỉ 71%, trên 24 lượt đánh giá. Anh/chị nên kiểm tra điều gì trước?",
                    "choices": [
                        {
                            "text": "Danh sách hồ sơ đang giải quyết đã quá hạn và các ý kiến không hài lòng của người dân.",
                            "correct": True,
                            "feedback": "Đúng. Tỷ lệ đúng hạn không tính 9 hồ sơ đang quá hạn, và ý kiến của người dân thường chỉ ra đúng vấn đề.",
                        },
                        {
                            "text": "Không cần kiểm tra; người dân ở phường này khó tính hơn nơi khác.",
                            "correct": False,
                            "feedback": "Quy kết cho người dân khiến anh/chị bỏ qua tín hiệu quan trọng nhất về chất lượng phục vụ.",
                        },
                        {
                            "text": "Bỏ qua số liệu hài lòng vì số lượt đánh giá quá ít.",
                            "correct": False,
                            "feedback": "Số lượt ít là một vấn đề cần hỏi thêm, không phải lý do để bỏ qua ý kiến của người dân.",
                        },
                    ],
                    "explanation": "Khi tỷ lệ đúng hạn và mức hài lòng “nói” hai điều khác nhau, hãy tìm nguyên nhân ở những gì tỷ lệ đúng hạn không đo được: hồ sơ quá hạn chưa giải quyết, số lần đi lại, cách hướng dẫn. Số lượt đánh giá thấp cũng là điều cần hỏi: người dân có được mời đánh giá không?",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Đúng hạn là điều kiện cần; mức hài lòng cho biết người dân thực sự trải nghiệm dịch vụ ra sao.",
                        "Đọc mức hài lòng cùng tỷ lệ đúng hạn và số lượt đánh giá; chênh lệch lớn là tín hiệu cần tìm hiểu.",
                        "Đọc từng ý kiến không hài lòng, phân loại nguyên nhân và giao việc khắc phục mỗi tháng.",
                        "Để người dân đánh giá tự nguyện; không vận động bấm “hài lòng”.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Resolving dossiers on time is necessary, but not sufficient. A dossier can be returned on the appointed day while the citizen still had to come back three times, wait a long time at the desk or receive grudging guidance. <b>Satisfaction</b> tells you how citizens actually experience your unit's service. This lesson helps you read satisfaction figures together with on-time rates and turn citizens' comments into actions.</p>",
            },
            {"type": "heading", "value": {"text": "Where satisfaction figures come from", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Citizens can give ratings in several places: rating devices at the One-Stop Desk, the online public services page when they receive their result, or a survey text message after the dossier is completed. Each rating usually has a level (very satisfied, satisfied, dissatisfied) and may include a short comment. The dashboard aggregates these ratings by unit and by period.</p><p>Figures on the quality of service to citizens and businesses are also part of the sets of indicators that higher levels use to assess and rank localities' administrative reform. But more important than any ranking, this is the most direct feedback you get from citizens.</p>",
            },
            {
                "type": "data_table",
                "value": {
                    "title": "Satisfaction by ward, first quarter – Bình Minh District",
                    "columns": "Ward | Satisfied (%) | Ratings | Dissatisfied (ratings)",
                    "rows": [
                        {"label": "Hoa Sen Ward", "values": "97 | 380 | 11"},
                        {"label": "Ngọc Lan Ward", "values": "93 | 190 | 13"},
                        {"label": "Tân An Ward", "values": "90 | 210 | 21"},
                        {"label": "Cẩm Tú Ward", "values": "88 | 95 | 11"},
                        {"label": "Thanh Bình Ward", "values": "71 | 24 | 7"},
                        {"label": "Sông Xanh Ward", "values": "76 | 120 | 29"},
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "%",
                    "caption": "Illustrative figures. “Satisfied” includes very satisfied and satisfied.",
                },
            },
            {"type": "heading", "value": {"text": "Reading satisfaction alongside the on-time rate", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Put this table next to the on-time table from the first lesson and several things stand out:</p><ul><li><b>Thanh Bình Ward</b> is 100% on time but only 71% satisfied. Nine citizens whose dossiers are overdue are unlikely to be satisfied; the satisfaction figure is showing exactly what the on-time rate hides.</li><li>The <b>number of ratings</b> compared with the number of dossiers is also worth noting: Thanh Bình Ward has only 24 ratings. Ask whether citizens are being invited to rate the service.</li><li><b>Sông Xanh Ward</b> is low on both indicators: the problem lies in both speed and the way citizens are served.</li></ul><p>Do not look only at the percentages. Read the <b>dissatisfied comments</b>: that is where citizens say clearly what is wrong, such as repeated trips, long waits, being asked for documents not required by the rules, or improper attitudes.</p>",
            },
            {"type": "heading", "value": {"text": "From comments to actions", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Handle dissatisfied ratings every month",
                    "steps": [
                        {
                            "instruction": "Open each unit's list of dissatisfied ratings for the month and read all the comments.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Sort the causes: repeated trips, waiting time, documents not required by the rules, attitude of staff, facilities.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ask the leader in charge or the head of section to call back a few dissatisfied citizens to understand what happened, and to apologise where the agency was at fault.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Assign remedies by cause, for example re-posting the list of required documents, adding staff at peak hours, reminding individuals.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Report the results at the next monthly briefing and recognise the sections and individuals citizens rate well.",
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
                    "title": "Do not “encourage” citizens to press “satisfied”",
                    "text": "<p>Reminding citizens to give a rating is good; suggesting or pressing them to choose “satisfied” is not. Manipulated figures lose their value and hide exactly the problems you need to know about. Let citizens rate <b>freely</b>, and treat every dissatisfied rating as valuable information.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Thanh Bình Ward has an on-time rate of 100% but a satisfaction level of only 71%, from 24 ratings. What should you check first?",
                    "choices": [
                        {
                            "text": "The list of overdue dossiers in progress and the citizens' dissatisfied comments.",
                            "correct": True,
                            "feedback": "Correct. The on-time rate leaves out the 9 overdue dossiers, and citizens' comments usually point to the real problem.",
                        },
                        {
                            "text": "Nothing; citizens in this ward are simply harder to please.",
                            "correct": False,
                            "feedback": "Blaming citizens makes you ignore the most important signal about the quality of service.",
                        },
                        {
                            "text": "Ignore the satisfaction figure because there are too few ratings.",
                            "correct": False,
                            "feedback": "Few ratings is a question to ask, not a reason to ignore what citizens say.",
                        },
                    ],
                    "explanation": "When the on-time rate and satisfaction “say” different things, look for the cause in what the on-time rate does not measure: overdue dossiers not yet resolved, repeated trips, the quality of guidance. A low number of ratings is also worth asking about: are citizens being invited to rate?",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Being on time is necessary; satisfaction tells you how citizens actually experience the service.",
                        "Read satisfaction together with the on-time rate and the number of ratings; a large gap is a signal to investigate.",
                        "Read every dissatisfied comment, sort the causes and assign remedies every month.",
                        "Let citizens rate freely; never push them to press “satisfied”.",
                    ],
                },
            },
        ],
    },
}

COURSE = {
    "slug": "bang-theo-doi-ho-so-mot-cua",
    "topic": "dashboard",
    "title": {
        "vi": "Đọc và xử lý bảng theo dõi hồ sơ một cửa",
        "en": "Reading and acting on the one-stop-shop dashboard",
    },
    "summary": {
        "vi": "Dùng bảng theo dõi của Hệ thống thông tin giải quyết thủ tục hành chính như một công cụ điều hành: đọc đúng tỷ lệ đúng hạn, trễ hạn của từng đơn vị, lọc ra từng hồ sơ trễ, đôn đốc người phụ trách và theo dõi mức độ hài lòng của người dân.",
        "en": "Use the dashboard of the administrative procedures information system as a management tool: read each unit's on-time and late rates correctly, drill down to individual late dossiers, follow up with the officials responsible and track citizen satisfaction.",
    },
    "audience": {
        "vi": "Chủ tịch, phó chủ tịch UBND quận, phường; thủ trưởng các cơ quan giải quyết thủ tục hành chính; trưởng Bộ phận Một cửa.",
        "en": "Chairs and vice-chairs of district and ward People's Committees; heads of agencies handling administrative procedures; heads of One-Stop Desks.",
    },
    "outcomes": {
        "vi": [
            "Đọc đúng tỷ lệ đúng hạn và nhận ra khi con số cao đang che hồ sơ trễ.",
            "Lọc và mở từng hồ sơ trễ hạn, đọc quá trình xử lý để tìm nguyên nhân.",
            "Đôn đốc người phụ trách bằng việc cụ thể, đúng quy định về xin lỗi và hẹn lại.",
            "Đọc mức độ hài lòng cùng tỷ lệ đúng hạn và biến ý kiến người dân thành việc cần làm.",
        ],
        "en": [
            "Read the on-time rate correctly and spot when a high figure hides late dossiers.",
            "Drill down to individual late dossiers and read their processing history to find the cause.",
            "Follow up with the officials responsible through concrete tasks, respecting the rules on apologies and new appointments.",
            "Read satisfaction together with on-time rates and turn citizens' comments into actions.",
        ],
    },
    "lessons": [READING_RATES, LATE_DOSSIERS, FOLLOWING_UP, SATISFACTION],
}
