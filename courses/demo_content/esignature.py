# ruff: noqa: E501
"""Demo course: digital signatures for electronic documents (Vietnamese with an English version).

Legal references checked: Law No. 20/2023/QH15 on Electronic Transactions (in force 01/7/2024);
Decree 68/2024/NĐ-CP (official-use digital signatures); Decree 23/2025/NĐ-CP (electronic
signatures and trust services, replacing Decree 130/2018/NĐ-CP, not covering official-use
signatures); Decree 30/2020/NĐ-CP on office work (Art. 5, 13, 14, 18, 21, 25, 26, 32, 33).
All names of units and people are fictional.
"""

from __future__ import annotations

WHAT_IT_IS = {
    "slug": "chu-ky-so-la-gi",
    "minutes": 7,
    "title": {
        "vi": "Chữ ký số là gì và có giá trị pháp lý ra sao",
        "en": "What a digital signature is, and its legal standing",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Khi anh/chị ký tay lên một văn bản giấy, chữ ký cho biết ai đã chấp thuận nội dung đó. Trên văn bản điện tử, việc này do <b>chữ ký số</b> đảm nhận. Chữ ký số không phải là hình ảnh chữ ký được chèn vào tệp; đó là một khối dữ liệu được tính toán từ chính nội dung văn bản và khóa bí mật của người ký. Bài này giải thích chữ ký số hoạt động ra sao, giá trị pháp lý của nó, và vì sao văn bản đã ký số không cần in ra để ký lại.</p>",
            },
            {"type": "heading", "value": {"text": "Chữ ký số hoạt động như thế nào", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Mỗi người được cấp chữ ký số có một cặp khóa:</p><ul><li><b>Khóa bí mật</b> chỉ người ký nắm giữ, nằm trong thiết bị lưu khóa bí mật (thường là một thiết bị nhỏ cắm vào cổng USB, quen gọi là “token”) hoặc trong dịch vụ ký số từ xa, và được bảo vệ bằng mã PIN. Khóa bí mật dùng để ký.</li><li><b>Khóa công khai</b> được ghi trong <b>chứng thư chữ ký số</b> do tổ chức cung cấp dịch vụ chứng thực cấp; ai cũng có thể dùng khóa này để kiểm tra chữ ký.</li></ul><p>Khi anh/chị bấm “Ký số” và nhập mã PIN, phần mềm ký số tính ra một “dấu vân tay” của nội dung văn bản rồi dùng khóa bí mật để tạo chữ ký gắn vào tệp. Người nhận dùng khóa công khai để kiểm tra. Nhờ vậy, chữ ký số bảo đảm ba điều:</p><ol><li><b>Xác thực:</b> biết chắc ai là người ký.</li><li><b>Toàn vẹn:</b> nếu văn bản bị sửa sau khi ký, dù chỉ một dấu phẩy, phần mềm kiểm tra sẽ báo chữ ký không còn hợp lệ.</li><li><b>Chống chối bỏ:</b> người ký không thể phủ nhận việc mình đã ký, vì chỉ họ nắm giữ khóa bí mật.</li></ol><p>Chữ ký số không làm văn bản trở nên bí mật: ai có tệp vẫn đọc được nội dung. Nó chỉ bảo đảm nội dung đó đúng là của người ký và không bị thay đổi.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Hình ảnh chữ ký không phải là chữ ký số",
                    "text": "<p>Dán ảnh chụp chữ ký tay vào tệp Word hay PDF <b>không</b> tạo ra chữ ký số; ai cũng có thể sao chép hình ảnh đó. Hình ảnh chữ ký mà anh/chị nhìn thấy trên văn bản ký số chỉ là phần hiển thị. Giá trị pháp lý nằm ở dữ liệu chữ ký gắn trong tệp, và chỉ phần mềm kiểm tra mới “đọc” được phần này.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Giá trị pháp lý", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Luật Giao dịch điện tử 2023 phân biệt ba loại chữ ký điện tử: chữ ký điện tử chuyên dùng, chữ ký số công cộng và <b>chữ ký số chuyên dùng công vụ</b>. Cán bộ, công chức ký văn bản của cơ quan nhà nước chủ yếu dùng loại thứ ba, do Ban Cơ yếu Chính phủ cung cấp dịch vụ chứng thực.</p><p>Về giá trị, luật quy định chữ ký số có giá trị pháp lý tương đương chữ ký của chính người đó trên văn bản giấy. Khi pháp luật yêu cầu văn bản phải được đóng dấu của cơ quan, tổ chức, yêu cầu đó được đáp ứng nếu văn bản điện tử được ký bằng chữ ký số của chính cơ quan, tổ chức đó. Nói cách khác, trên môi trường điện tử, <b>chữ ký số cá nhân thay cho chữ ký tay</b> và <b>chữ ký số của cơ quan thay cho con dấu</b>.</p><p>Nghị định về công tác văn thư đi thêm một bước: văn bản điện tử được người có thẩm quyền ký số và được ký số của cơ quan, tổ chức theo quy định thì có giá trị pháp lý <b>như bản gốc văn bản giấy</b>. Đây là lý do văn bản đã ký số không cần một “bản giấy” nào đi kèm để có hiệu lực.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Căn cứ pháp lý",
                    "text": "<p><b>Luật Giao dịch điện tử 2023</b> (Luật số 20/2023/QH15, có hiệu lực từ 01/7/2024): các loại chữ ký điện tử và giá trị pháp lý của chữ ký số.</p><p><b>Nghị định 68/2024/NĐ-CP</b> quy định về chữ ký số chuyên dùng công vụ. <b>Nghị định 23/2025/NĐ-CP</b> quy định về chữ ký điện tử và dịch vụ tin cậy, thay thế Nghị định 130/2018/NĐ-CP; nghị định này không điều chỉnh chữ ký số chuyên dùng công vụ.</p><p><b>Nghị định 30/2020/NĐ-CP</b> về công tác văn thư, Điều 5: văn bản điện tử được ký số bởi người có thẩm quyền và ký số của cơ quan, tổ chức theo quy định của pháp luật có giá trị pháp lý như bản gốc văn bản giấy.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Những hiểu lầm thường gặp", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>“Văn bản ký số phải in ra, đóng dấu đỏ mới có giá trị.”</b> Không đúng. Văn bản điện tử có đủ chữ ký số của người có thẩm quyền và của cơ quan có giá trị như bản gốc.</li><li><b>“Ký số là việc của văn thư.”</b> Không đúng. Văn thư ký số của <i>cơ quan</i>, tương tự việc đóng dấu. Chữ ký của người có thẩm quyền phải do chính người đó ký.</li><li><b>“Chữ ký số chỉ dùng được trên máy tính ở cơ quan.”</b> Không hẳn. Nếu được cấp dịch vụ ký số từ xa, anh/chị có thể ký trên điện thoại khi đi công tác.</li><li><b>“Chứng thư chữ ký số dùng mãi mãi.”</b> Không đúng. Chứng thư có thời hạn; khi chuyển công tác hoặc thay đổi chức vụ, anh/chị cần báo để đơn vị quản lý làm thủ tục thay đổi hoặc thu hồi theo quy định.</li></ul>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Một đồng nghiệp nói: “Văn bản điện tử đã ký số thì vẫn phải in ra, ký tay và đóng dấu đỏ mới có giá trị.” Nhận định nào đúng?",
                    "choices": [
                        {
                            "text": "Đồng nghiệp nói đúng, vì văn bản điện tử chỉ là bản để xem trước.",
                            "correct": False,
                            "feedback": "Văn bản điện tử được ký số theo đúng quy định chính là bản gốc, không phải bản xem trước.",
                        },
                        {
                            "text": "Chưa đúng: văn bản điện tử có chữ ký số của người có thẩm quyền và chữ ký số của cơ quan theo quy định có giá trị pháp lý như bản gốc văn bản giấy.",
                            "correct": True,
                            "feedback": "Đúng. Đây là quy định tại Điều 5 Nghị định 30/2020/NĐ-CP về công tác văn thư.",
                        },
                        {
                            "text": "Chỉ đúng khi văn bản gửi lên cơ quan cấp trên.",
                            "correct": False,
                            "feedback": "Giá trị pháp lý của văn bản điện tử không phụ thuộc vào việc gửi cho cấp trên hay cấp dưới.",
                        },
                    ],
                    "explanation": "Chữ ký số cá nhân tương đương chữ ký tay, chữ ký số của cơ quan đáp ứng yêu cầu đóng dấu. Khi văn bản điện tử có đủ hai chữ ký này theo quy định, nó có giá trị như bản gốc văn bản giấy. In ra và ký lại không làm văn bản “có giá trị hơn”, mà chỉ tạo thêm một bản giấy và tốn thêm thời gian.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Chữ ký số là dữ liệu tính từ nội dung văn bản và khóa bí mật của người ký, không phải hình ảnh chữ ký.",
                        "Chữ ký số bảo đảm xác thực người ký, toàn vẹn nội dung và chống chối bỏ.",
                        "Chữ ký số cá nhân thay cho chữ ký tay; chữ ký số của cơ quan thay cho con dấu.",
                        "Văn bản điện tử có đủ hai chữ ký số theo quy định có giá trị như bản gốc văn bản giấy.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>When you sign a paper document by hand, your signature shows who approved its content. On an electronic document, that job is done by a <b>digital signature</b>. A digital signature is not a picture of a signature inserted into a file; it is a block of data computed from the content of the document itself and the signer's private key. This lesson explains how a digital signature works, its legal standing, and why a digitally signed document does not need to be printed and signed again.</p>",
            },
            {"type": "heading", "value": {"text": "How a digital signature works", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Everyone who is issued a digital signature has a pair of keys:</p><ul><li>The <b>private key</b> is held only by the signer, stored in a private-key device (usually a small device plugged into a USB port, commonly called a “token”) or in a remote signing service, and protected by a PIN. The private key is used to sign.</li><li>The <b>public key</b> is written in the <b>digital signature certificate</b> issued by a certification service provider; anyone can use it to check the signature.</li></ul><p>When you press “Sign” and enter your PIN, the signing software computes a “fingerprint” of the document's content and uses the private key to create a signature attached to the file. The recipient uses the public key to check it. As a result, a digital signature guarantees three things:</p><ol><li><b>Authenticity:</b> you know for certain who signed.</li><li><b>Integrity:</b> if the document is changed after signing, even by a single comma, the checking software reports that the signature is no longer valid.</li><li><b>Non-repudiation:</b> the signer cannot deny having signed, because only they hold the private key.</li></ol><p>A digital signature does not make a document secret: anyone with the file can still read it. It only guarantees that the content really comes from the signer and has not been changed.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "A picture of a signature is not a digital signature",
                    "text": "<p>Pasting a photo of your handwritten signature into a Word or PDF file does <b>not</b> create a digital signature; anyone can copy that picture. The signature image you see on a digitally signed document is only the visible part. The legal value lies in the signature data attached to the file, which only checking software can “read”.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Legal standing", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>The Law on Electronic Transactions 2023 distinguishes three kinds of electronic signature: specialised electronic signatures, public digital signatures and <b>official-use digital signatures</b>. Officials signing documents of state agencies mostly use the third kind, for which the Government Cipher Committee provides the certification service.</p><p>As to legal value, the law provides that a digital signature has the same legal value as that person's signature on a paper document. Where the law requires a document to bear the seal of an agency or organisation, that requirement is met if the electronic document is signed with the digital signature of that agency or organisation. In other words, in the electronic world, <b>the personal digital signature replaces the handwritten signature</b> and <b>the agency's digital signature replaces the seal</b>.</p><p>The decree on office work goes one step further: an electronic document digitally signed by the competent person and digitally signed by the agency as required has the legal value <b>of the original paper document</b>. That is why a digitally signed document needs no accompanying “paper copy” to take effect.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Legal basis",
                    "text": "<p>The <b>Law on Electronic Transactions 2023</b> (Law No. 20/2023/QH15, in force from 1 July 2024): the kinds of electronic signature and the legal value of digital signatures.</p><p><b>Decree 68/2024/NĐ-CP</b> governs official-use digital signatures. <b>Decree 23/2025/NĐ-CP</b> governs electronic signatures and trust services, replacing Decree 130/2018/NĐ-CP; it does not cover official-use digital signatures.</p><p><b>Decree 30/2020/NĐ-CP</b> on office work, Article 5: an electronic document digitally signed by the competent person and digitally signed by the agency or organisation in accordance with the law has the legal value of the original paper document.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Common misunderstandings", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>“A digitally signed document must be printed and stamped with the red seal to be valid.”</b> Not true. An electronic document with the digital signatures of the competent person and of the agency has the value of an original.</li><li><b>“Digital signing is the clerk's job.”</b> Not true. The records clerk applies the <i>agency's</i> digital signature, just as they apply the seal. The competent person's signature must be applied by that person.</li><li><b>“Digital signatures only work on the office computer.”</b> Not necessarily. If you have been issued a remote signing service, you can sign on your phone while travelling.</li><li><b>“A digital signature certificate lasts for ever.”</b> Not true. Certificates expire; when you move post or change position, tell the managing unit so that the certificate can be changed or revoked as required.</li></ul>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "A colleague says: “An electronic document that has been digitally signed still has to be printed, signed by hand and stamped with the red seal to be valid.” Which statement is correct?",
                    "choices": [
                        {
                            "text": "The colleague is right, because an electronic document is only a preview.",
                            "correct": False,
                            "feedback": "An electronic document digitally signed as required is the original, not a preview.",
                        },
                        {
                            "text": "Not quite: an electronic document with the competent person's and the agency's digital signatures, as required, has the legal value of the original paper document.",
                            "correct": True,
                            "feedback": "Correct. This is provided by Article 5 of Decree 30/2020/NĐ-CP on office work.",
                        },
                        {
                            "text": "It is only right when the document is sent to a higher-level agency.",
                            "correct": False,
                            "feedback": "The legal value of an electronic document does not depend on whether it goes up or down the hierarchy.",
                        },
                    ],
                    "explanation": "The personal digital signature is the equivalent of the handwritten signature, and the agency's digital signature meets the requirement for a seal. When an electronic document carries both as required, it has the value of the original paper document. Printing and signing again does not make it “more valid”; it only creates an extra paper copy and costs extra time.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "A digital signature is data computed from the document's content and the signer's private key, not a picture of a signature.",
                        "A digital signature guarantees who signed, that the content is intact, and that the signer cannot deny it.",
                        "The personal digital signature replaces the handwritten signature; the agency's replaces the seal.",
                        "An electronic document with both digital signatures, as required, has the value of the original paper document.",
                    ],
                },
            },
        ],
    },
}

PERSONAL_AND_AGENCY = {
    "slug": "chu-ky-so-ca-nhan-va-co-quan",
    "minutes": 7,
    "title": {
        "vi": "Chữ ký số cá nhân và chữ ký số của cơ quan",
        "en": "Personal and agency digital signatures",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Trên văn bản giấy, một quyết định của UBND quận có chữ ký tay của người có thẩm quyền và dấu đỏ của UBND quận. Văn bản điện tử cũng có đủ hai thành phần tương ứng: <b>chữ ký số cá nhân</b> của người có thẩm quyền và <b>chữ ký số của cơ quan</b>. Hiểu rõ hai loại chữ ký này giúp anh/chị biết việc nào mình phải tự làm, việc nào do văn thư làm, và tránh những cách làm sai phổ biến như giao thiết bị ký số cho người khác.</p>",
            },
            {"type": "heading", "value": {"text": "Hai chữ ký, hai vai trò", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "So sánh hai loại chữ ký số trên văn bản của cơ quan",
                    "columns": "Đặc điểm | Chữ ký số cá nhân | Chữ ký số của cơ quan",
                    "rows": [
                        {
                            "label": "Tương ứng trên văn bản giấy",
                            "values": "Chữ ký tay của người có thẩm quyền | Con dấu của cơ quan",
                        },
                        {
                            "label": "Chứng thư cấp cho",
                            "values": "Cá nhân: họ tên, chức vụ, cơ quan | Cơ quan, tổ chức",
                        },
                        {
                            "label": "Người giữ thiết bị lưu khóa bí mật",
                            "values": "Chính người được cấp | Văn thư cơ quan, theo giao nhiệm vụ của người đứng đầu",
                        },
                        {
                            "label": "Ai ký, khi nào",
                            "values": "Người có thẩm quyền, khi duyệt ban hành | Văn thư, sau khi văn bản đã có chữ ký của người có thẩm quyền và được cấp số",
                        },
                        {
                            "label": "Hiển thị trên văn bản",
                            "values": "Hình ảnh chữ ký của người ký ở vị trí ký | Hình ảnh con dấu màu đỏ, trùm lên khoảng 1/3 hình ảnh chữ ký về bên trái",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Tổng hợp theo Nghị định 30/2020/NĐ-CP về công tác văn thư (Điều 13, 14, 32 và Phụ lục I).",
                },
            },
            {
                "type": "text",
                "value": "<p>Trình tự trên hệ thống quản lý văn bản vì thế giống như với văn bản giấy: chuyên viên soạn thảo, lãnh đạo phòng kiểm tra nội dung, người được giao kiểm tra thể thức, rồi anh/chị <b>ký số</b>. Sau đó văn thư cấp số và thời gian ban hành bằng chức năng của hệ thống, <b>ký số của cơ quan</b>, phát hành và lưu bản gốc điện tử. Văn thư chỉ được ký số của cơ quan vào văn bản đã có chữ ký của người có thẩm quyền, giống như chỉ được đóng dấu lên văn bản đã ký.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Căn cứ pháp lý",
                    "text": "<p><b>Nghị định 30/2020/NĐ-CP</b>: đối với văn bản điện tử, người có thẩm quyền thực hiện ký số (Điều 13). Người đứng đầu giao văn thư cơ quan quản lý, sử dụng thiết bị lưu khóa bí mật của cơ quan; văn thư chỉ ký số của cơ quan vào văn bản đã có chữ ký của người có thẩm quyền; <b>cá nhân tự bảo quản an toàn thiết bị lưu khóa bí mật và khóa bí mật của mình</b> (Điều 32).</p>",
                },
            },
            {"type": "heading", "value": {"text": "Giữ khóa bí mật như giữ con dấu", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Thiết bị lưu khóa bí mật và mã PIN của anh/chị có sức nặng như chữ ký tay của anh/chị trên mọi văn bản. Vì vậy:</p><ul><li><b>Không giao thiết bị và mã PIN</b> cho thư ký, chuyên viên hay văn thư “ký giúp”, dù chỉ một lần. Mọi văn bản ký bằng khóa của anh/chị đều được coi là do anh/chị ký, và anh/chị chịu trách nhiệm trước pháp luật.</li><li><b>Không dán mã PIN</b> lên thiết bị, không lưu trong điện thoại hay ghi trong sổ tay để trên bàn.</li><li><b>Mất thiết bị</b> hoặc nghi ngờ lộ mã PIN: báo ngay đơn vị quản lý chữ ký số của cơ quan để tạm dừng hoặc thu hồi chứng thư.</li><li><b>Theo dõi thời hạn</b> của chứng thư và đề nghị gia hạn trước khi hết hạn, để không bị gián đoạn đúng lúc cần ký văn bản gấp.</li><li><b>Khi chuyển công tác hoặc thay đổi chức vụ</b>, đề nghị thay đổi thông tin hoặc thu hồi chứng thư theo quy định; chứng thư ghi chức vụ cũ không còn phù hợp.</li></ul>",
            },
            {"type": "heading", "value": {"text": "Ký thay, ký thừa lệnh, ký thừa ủy quyền", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Các hình thức ký quen thuộc trên văn bản giấy vẫn giữ nguyên trên văn bản điện tử. Điểm khác là ai ký thì dùng <b>chữ ký số của chính mình</b>:</p><ul><li><b>Ký thay (KT.):</b> cấp phó ký thay người đứng đầu những văn bản thuộc lĩnh vực được phân công. Phó Chủ tịch ký bằng chữ ký số cá nhân của Phó Chủ tịch, dưới dòng “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”.</li><li><b>Ký thừa lệnh (TL.):</b> người đứng đầu đơn vị thuộc cơ quan ký một số loại văn bản theo quy chế của cơ quan, bằng chữ ký số của mình.</li><li><b>Ký thừa ủy quyền (TUQ.):</b> phải có văn bản ủy quyền, giới hạn thời gian và nội dung; người được ủy quyền ký bằng chữ ký số của mình và không được ủy quyền lại.</li></ul><p>Trong mọi trường hợp, chữ ký số của cơ quan vẫn do văn thư ký. Không ai ký bằng chứng thư của người khác.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "Phó Chủ tịch UBND Quận Hòa An được phân công ký thay Chủ tịch một quyết định thuộc lĩnh vực mình phụ trách. Văn bản điện tử này cần những chữ ký số nào?",
                    "choices": [
                        {
                            "text": "Chữ ký số của Chủ tịch (vì ký thay Chủ tịch) và chữ ký số của UBND quận.",
                            "correct": False,
                            "feedback": "Người ký thay dùng chữ ký số của chính mình; không ai được dùng chứng thư của Chủ tịch để ký.",
                        },
                        {
                            "text": "Chữ ký số cá nhân của Phó Chủ tịch (dưới dòng “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”) và chữ ký số của UBND quận do văn thư ký.",
                            "correct": True,
                            "feedback": "Đúng. Người ký chịu trách nhiệm bằng chữ ký của mình; chữ ký số của cơ quan thay cho con dấu.",
                        },
                        {
                            "text": "Chỉ cần chữ ký số của UBND quận.",
                            "correct": False,
                            "feedback": "Chữ ký số của cơ quan tương ứng với con dấu; văn bản vẫn cần chữ ký của người có thẩm quyền.",
                        },
                    ],
                    "explanation": "Hình thức “ký thay” không thay đổi việc ai là người ký: Phó Chủ tịch ký bằng chữ ký số cá nhân của mình và chịu trách nhiệm về văn bản đó. Văn thư sau đó ký số của UBND quận, tương đương đóng dấu, để hoàn tất thể thức văn bản trước khi phát hành.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Văn bản điện tử của cơ quan có hai chữ ký số: của người có thẩm quyền và của cơ quan.",
                        "Anh/chị tự ký bằng chữ ký số cá nhân; văn thư ký số của cơ quan sau khi văn bản đã có chữ ký của anh/chị.",
                        "Không giao thiết bị lưu khóa bí mật và mã PIN cho bất kỳ ai; mất thiết bị thì báo ngay để thu hồi.",
                        "Ký thay, thừa lệnh, thừa ủy quyền: ai ký thì dùng chữ ký số của chính người đó.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>On paper, a decision of a district People's Committee carries the handwritten signature of the competent person and the red seal of the district People's Committee. An electronic document has the same two elements: the <b>personal digital signature</b> of the competent person and the <b>agency's digital signature</b>. Understanding these two signatures tells you which steps you must take yourself, which are done by the records clerk, and how to avoid common mistakes such as handing your signing device to someone else.</p>",
            },
            {"type": "heading", "value": {"text": "Two signatures, two roles", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "The two kinds of digital signature on an agency's document",
                    "columns": "Feature | Personal digital signature | Agency digital signature",
                    "rows": [
                        {
                            "label": "Paper equivalent",
                            "values": "Handwritten signature of the competent person | The agency's seal",
                        },
                        {
                            "label": "Certificate issued to",
                            "values": "The individual: name, position, agency | The agency or organisation",
                        },
                        {
                            "label": "Who keeps the private-key device",
                            "values": "The person it was issued to | The records clerk, as assigned by the head of the agency",
                        },
                        {
                            "label": "Who signs, and when",
                            "values": "The competent person, when approving the document for issue | The records clerk, after the competent person has signed and a number has been assigned",
                        },
                        {
                            "label": "How it appears on the document",
                            "values": "An image of the signer's signature at the signature position | An image of the red seal, covering about 1/3 of the signature image on the left",
                        },
                    ],
                    "chart": "none",
                    "chart_column": 1,
                    "unit": "",
                    "caption": "Summarised from Decree 30/2020/NĐ-CP on office work (Articles 13, 14, 32 and Appendix I).",
                },
            },
            {
                "type": "text",
                "value": "<p>The sequence in the document management system is therefore the same as on paper: a specialist drafts, the head of division checks the content, the person assigned checks the format, and then you <b>sign digitally</b>. Afterwards the records clerk assigns the number and date of issue through the system, <b>applies the agency's digital signature</b>, issues the document and keeps the electronic original. The clerk may apply the agency's signature only to a document that already carries the competent person's signature, just as the seal may only be applied to a signed document.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Legal basis",
                    "text": "<p><b>Decree 30/2020/NĐ-CP</b>: for electronic documents, the competent person signs digitally (Article 13). The head of the agency assigns the records clerk to manage and use the agency's private-key device; the clerk applies the agency's digital signature only to documents already signed by the competent person; <b>individuals are responsible for keeping their own private-key device and private key safe</b> (Article 32).</p>",
                },
            },
            {"type": "heading", "value": {"text": "Guard your private key like the seal", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Your private-key device and PIN carry the same weight as your handwritten signature on every document. Therefore:</p><ul><li><b>Do not hand over the device and PIN</b> to a secretary, specialist or clerk to “sign for you”, not even once. Every document signed with your key is deemed to be signed by you, and you are answerable for it before the law.</li><li><b>Do not stick the PIN</b> on the device, store it in your phone or write it in a notebook left on your desk.</li><li><b>If you lose the device</b> or suspect the PIN has leaked, tell your agency's digital signature management unit at once so that the certificate can be suspended or revoked.</li><li><b>Keep track of the expiry date</b> of your certificate and ask for renewal in good time, so that you are not cut off just when an urgent document needs signing.</li><li><b>When you move post or change position</b>, ask for the certificate details to be changed or for it to be revoked as required; a certificate showing your old position is no longer appropriate.</li></ul>",
            },
            {"type": "heading", "value": {"text": "Signing on behalf, by order, or by authorisation", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>The familiar forms of signing on paper remain the same for electronic documents. The difference is that whoever signs uses <b>their own digital signature</b>:</p><ul><li><b>Signing on behalf (KT.):</b> a deputy signs on behalf of the head documents in the area assigned to them. The Vice-Chair signs with the Vice-Chair's own personal digital signature, under the line “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” (on behalf of the Chair / Vice-Chair).</li><li><b>Signing by order (TL.):</b> the head of a unit within the agency signs certain kinds of document under the agency's rules, with their own digital signature.</li><li><b>Signing by authorisation (TUQ.):</b> there must be a written authorisation limited in time and scope; the authorised person signs with their own digital signature and may not delegate further.</li></ul><p>In every case, the agency's digital signature is still applied by the records clerk. Nobody signs with someone else's certificate.</p>",
            },
            {
                "type": "practice",
                "value": {
                    "question": "The Vice-Chair of Hòa An District People's Committee is assigned to sign, on behalf of the Chair, a decision in the area the Vice-Chair is responsible for. Which digital signatures does this electronic document need?",
                    "choices": [
                        {
                            "text": "The Chair's digital signature (since it is signed on the Chair's behalf) and the district People's Committee's digital signature.",
                            "correct": False,
                            "feedback": "A deputy signing on behalf uses their own digital signature; nobody may sign with the Chair's certificate.",
                        },
                        {
                            "text": "The Vice-Chair's personal digital signature (under “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”) and the district People's Committee's digital signature applied by the clerk.",
                            "correct": True,
                            "feedback": "Correct. The signer is accountable through their own signature; the agency's digital signature replaces the seal.",
                        },
                        {
                            "text": "Only the district People's Committee's digital signature.",
                            "correct": False,
                            "feedback": "The agency's digital signature corresponds to the seal; the document still needs the competent person's signature.",
                        },
                    ],
                    "explanation": "Signing “on behalf” does not change who the signer is: the Vice-Chair signs with their own personal digital signature and is accountable for the document. The clerk then applies the district People's Committee's digital signature, the equivalent of the seal, to complete the document's format before issue.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "An agency's electronic document carries two digital signatures: the competent person's and the agency's.",
                        "You sign with your personal digital signature; the clerk applies the agency's signature once you have signed.",
                        "Never hand your private-key device and PIN to anyone; if you lose the device, report it at once for revocation.",
                        "On behalf, by order, by authorisation: whoever signs uses their own digital signature.",
                    ],
                },
            },
        ],
    },
}

SIGNING_A_PDF = {
    "slug": "ky-so-van-ban-pdf",
    "minutes": 7,
    "title": {
        "vi": "Ký số một văn bản PDF từng bước",
        "en": "Signing a PDF document step by step",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Ký số một văn bản chỉ mất chưa đến một phút khi anh/chị đã quen. Phần tốn thời gian thật sự, cũng như với văn bản giấy, là đọc và kiểm tra trước khi ký. Bài này hướng dẫn từng bước ký một văn bản PDF trình ký trên hệ thống quản lý văn bản và điều hành bằng phần mềm ký số được cơ quan cung cấp, và cách xử lý những trục trặc thường gặp. Tên nút bấm có thể khác đôi chút giữa các hệ thống, nhưng trình tự là như nhau.</p>",
            },
            {"type": "heading", "value": {"text": "Trước khi ký: kiểm tra như với văn bản giấy", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Chữ ký số có giá trị như chữ ký tay, nên những gì anh/chị vẫn xem trước khi ký trên giấy thì nay vẫn phải xem:</p><ul><li><b>Nội dung</b>: đã đúng ý kiến chỉ đạo, đúng thẩm quyền chưa; lãnh đạo đơn vị soạn thảo đã kiểm tra chưa.</li><li><b>Thể thức</b>: tên loại, trích yếu, căn cứ, chức vụ người ký (có đúng “KT.” hay “TL.” không).</li><li><b>Phụ lục và tài liệu kèm theo</b>: có đủ không, có khớp với nội dung không.</li><li><b>Nơi nhận</b>: có đủ và đúng đơn vị không.</li></ul><p>Văn bản trình ký trên hệ thống thường ở dạng PDF để không bị thay đổi ngoài ý muốn. Nếu cần sửa, anh/chị <b>trả lại kèm ý kiến</b>, chuyên viên sửa trên bản Word rồi trình lại; không tự sửa trên tệp PDF.</p>",
            },
            {"type": "heading", "value": {"text": "Ký số từng bước", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Ký số một văn bản trình ký",
                    "steps": [
                        {
                            "instruction": "Cắm thiết bị lưu khóa bí mật (token) vào máy tính, hoặc mở ứng dụng ký số từ xa trên điện thoại nếu anh/chị dùng dịch vụ này.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đăng nhập hệ thống quản lý văn bản và điều hành, mở mục văn bản chờ ký và chọn văn bản cần ký.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đọc toàn bộ tệp PDF, cả phụ lục và nơi nhận; xem ý kiến của người kiểm tra nội dung và thể thức trên phiếu trình.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Bấm “Ký số”. Phần mềm ký số hiện chứng thư của anh/chị: kiểm tra họ tên, chức vụ, cơ quan và thời hạn hiệu lực.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Kiểm tra vị trí hình ảnh chữ ký: nằm giữa dòng chức vụ và dòng họ tên người ký. Nếu hệ thống cho chọn vị trí, kéo khung chữ ký vào đúng chỗ đó.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nhập mã PIN của thiết bị, hoặc xác nhận yêu cầu ký trên ứng dụng điện thoại. Không để trình duyệt hay phần mềm ghi nhớ mã PIN.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Mở lại tệp vừa ký, xem phần thông tin chữ ký báo hợp lệ, đúng tên anh/chị và đúng thời gian ký.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Bấm chuyển văn thư để cấp số, ký số của cơ quan và phát hành. Rút thiết bị lưu khóa bí mật khỏi máy khi đã ký xong.",
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
                    "title": "Ký nhiều văn bản một lúc",
                    "text": "<p>Nhiều hệ thống cho phép chọn nhiều văn bản và ký một lần với một lần nhập mã PIN. Chức năng này tiện cho giấy mời, phiếu chuyển và văn bản thông thường, nhưng anh/chị vẫn cần <b>mở và đọc từng văn bản</b> trước khi chọn ký hàng loạt.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Khi không ký được", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Phần lớn trục trặc rơi vào bốn trường hợp, và đều xử lý được nhanh nếu báo đúng người:</p><ul><li><b>Máy không nhận thiết bị:</b> rút ra cắm lại, thử cổng USB khác; nếu vẫn không được, nhờ bộ phận công nghệ thông tin cài lại phần mềm điều khiển thiết bị.</li><li><b>Chứng thư hết hạn hoặc bị tạm dừng:</b> phần mềm báo không tìm thấy chứng thư hợp lệ. Liên hệ đơn vị quản lý chữ ký số của cơ quan để gia hạn hoặc khôi phục.</li><li><b>Nhập sai mã PIN nhiều lần:</b> thiết bị có thể bị khóa. Đừng thử tiếp; liên hệ đơn vị quản lý chữ ký số để được hướng dẫn mở khóa.</li><li><b>Tệp đã bị thay đổi hoặc không phải PDF:</b> trả lại cho chuyên viên để chuyển đúng định dạng rồi trình lại.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Không “nhờ” người khác ký khi thiết bị trục trặc",
                    "text": "<p>Khi không ký được, đừng đưa thiết bị và mã PIN cho người khác mang đi ký ở máy khác. Hãy gọi bộ phận công nghệ thông tin đến hỗ trợ tại chỗ, ký từ xa trên điện thoại nếu được cấp, hoặc phân công cấp phó <b>ký thay</b> bằng chữ ký số của chính cấp phó khi văn bản thuộc lĩnh vực được giao.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Anh/chị đi công tác ba ngày. Chánh văn phòng đề nghị anh/chị để lại thiết bị ký số và mã PIN để văn phòng “ký giúp” các giấy mời và văn bản thông thường. Anh/chị xử lý thế nào?",
                    "choices": [
                        {
                            "text": "Đồng ý, vì chỉ là văn bản thông thường và chánh văn phòng là người tin cậy.",
                            "correct": False,
                            "feedback": "Mọi văn bản ký bằng khóa của anh/chị đều được coi là do anh/chị ký, kể cả văn bản anh/chị chưa đọc.",
                        },
                        {
                            "text": "Từ chối; ký trên điện thoại bằng dịch vụ ký số từ xa nếu được cấp, hoặc phân công cấp phó ký thay bằng chữ ký số của cấp phó.",
                            "correct": True,
                            "feedback": "Đúng. Khóa bí mật chỉ thuộc sự kiểm soát của anh/chị; công việc vẫn thông suốt nhờ ký từ xa hoặc ký thay đúng quy định.",
                        },
                        {
                            "text": "Ký tay trước vào vài tờ giấy trắng để văn phòng dùng khi cần.",
                            "correct": False,
                            "feedback": "Ký khống là vi phạm nghiêm trọng, dù trên giấy hay trên môi trường điện tử.",
                        },
                    ],
                    "explanation": "Chữ ký số chỉ có giá trị khi khóa bí mật nằm dưới sự kiểm soát của chính người ký. Khi vắng mặt, có hai cách đúng: tự ký từ xa trên điện thoại, hoặc để cấp phó ký thay theo phân công, bằng chữ ký số của cấp phó. Giao thiết bị và mã PIN cho người khác khiến anh/chị phải chịu trách nhiệm về những văn bản mình không đọc.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Đọc và kiểm tra văn bản như khi ký giấy: nội dung, thể thức, phụ lục, nơi nhận.",
                        "Cần sửa thì trả lại kèm ý kiến; không tự sửa trên tệp PDF trình ký.",
                        "Khi ký: kiểm tra chứng thư, vị trí chữ ký, nhập PIN, mở lại tệp để xem chữ ký hợp lệ.",
                        "Sau khi ký, chuyển văn thư để cấp số, ký số của cơ quan và phát hành.",
                        "Trục trặc thì gọi hỗ trợ, ký từ xa hoặc giao cấp phó ký thay; không giao thiết bị và PIN.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Once you are used to it, digitally signing a document takes less than a minute. The part that really takes time, as with paper, is reading and checking before you sign. This lesson walks you step by step through signing a PDF submitted for signature in the document management system, using the signing software your agency provides, and through handling common problems. Button names may differ slightly between systems, but the sequence is the same.</p>",
            },
            {"type": "heading", "value": {"text": "Before signing: check as you would on paper", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>A digital signature has the value of a handwritten one, so everything you used to check before signing on paper still needs checking:</p><ul><li><b>Content</b>: does it reflect the direction given and fall within your authority; has the head of the drafting unit checked it.</li><li><b>Format</b>: type of document, summary line, legal grounds, the signer's title (is “KT.” or “TL.” correct).</li><li><b>Appendices and attachments</b>: are they complete and consistent with the content.</li><li><b>Recipients</b>: are all the right units listed.</li></ul><p>Documents submitted for signature are usually PDF files so that they cannot be changed by accident. If something needs changing, <b>send it back with your comments</b>; the specialist edits the Word version and resubmits. Do not edit the PDF yourself.</p>",
            },
            {"type": "heading", "value": {"text": "Signing step by step", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Digitally sign a document submitted for signature",
                    "steps": [
                        {
                            "instruction": "Plug your private-key device (token) into the computer, or open the remote signing app on your phone if you use that service.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Sign in to the document management system, open the list of documents awaiting your signature and select the document.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Read the whole PDF, including appendices and recipients; look at the comments of those who checked the content and format on the submission slip.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Press “Sign”. The signing software shows your certificate: check your name, position, agency and validity period.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Check where the signature image goes: between the line with the signer's title and the line with the signer's name. If the system lets you choose, drag the signature box to that spot.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Enter the device PIN, or confirm the signing request in the phone app. Do not let the browser or software remember the PIN.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Reopen the signed file and check that the signature information shows it as valid, with your name and the correct signing time.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Send it to the records clerk to assign a number, apply the agency's digital signature and issue it. Remove the private-key device from the computer when you have finished.",
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
                    "title": "Signing several documents at once",
                    "text": "<p>Many systems let you select several documents and sign them all with a single PIN entry. This is handy for invitations, transmittal slips and routine documents, but you still need to <b>open and read each document</b> before selecting it for batch signing.</p>",
                },
            },
            {"type": "heading", "value": {"text": "When signing does not work", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Most problems fall into four cases, and all can be solved quickly if you tell the right person:</p><ul><li><b>The computer does not recognise the device:</b> unplug it and plug it in again, try another USB port; if that fails, ask the IT team to reinstall the device driver.</li><li><b>The certificate has expired or been suspended:</b> the software reports that no valid certificate was found. Contact your agency's digital signature management unit to renew or restore it.</li><li><b>The PIN was entered wrongly several times:</b> the device may lock. Stop trying; contact the digital signature management unit for instructions to unlock it.</li><li><b>The file has been altered or is not a PDF:</b> send it back to the specialist to convert it properly and resubmit.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Do not have someone else sign when the device fails",
                    "text": "<p>When signing does not work, do not give your device and PIN to someone to sign on another computer. Call the IT team to help on the spot, sign remotely on your phone if you have that service, or have a deputy <b>sign on your behalf</b> with the deputy's own digital signature when the document falls within their assigned area.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "You are travelling for three days. The head of the office asks you to leave your signing device and PIN so that the office can “sign for you” invitations and routine documents. What do you do?",
                    "choices": [
                        {
                            "text": "Agree, since these are routine documents and the head of the office is trustworthy.",
                            "correct": False,
                            "feedback": "Every document signed with your key is deemed signed by you, including documents you have not read.",
                        },
                        {
                            "text": "Refuse; sign on your phone with the remote signing service if you have it, or assign a deputy to sign on your behalf with the deputy's own digital signature.",
                            "correct": True,
                            "feedback": "Correct. Your private key stays under your sole control, and work carries on through remote signing or proper signing on behalf.",
                        },
                        {
                            "text": "Sign a few blank sheets of paper in advance for the office to use when needed.",
                            "correct": False,
                            "feedback": "Signing blank documents is a serious violation, on paper or electronically.",
                        },
                    ],
                    "explanation": "A digital signature is only valid when the private key is under the signer's own control. When you are away there are two proper options: sign remotely on your phone, or let a deputy sign on your behalf as assigned, with the deputy's own digital signature. Handing your device and PIN to someone else makes you answerable for documents you never read.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Read and check the document as you would on paper: content, format, appendices, recipients.",
                        "If changes are needed, send it back with comments; do not edit the submitted PDF yourself.",
                        "When signing: check the certificate and signature position, enter the PIN, reopen the file to see a valid signature.",
                        "After signing, send it to the records clerk to number it, apply the agency's signature and issue it.",
                        "If something fails, call for help, sign remotely or have a deputy sign on your behalf; never hand over the device and PIN.",
                    ],
                },
            },
        ],
    },
}

VERIFYING = {
    "slug": "kiem-tra-chu-ky-so",
    "minutes": 6,
    "title": {
        "vi": "Kiểm tra chữ ký số trên văn bản nhận được",
        "en": "Verifying the digital signatures on a document you receive",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Ký số chỉ là một nửa câu chuyện; nửa còn lại là <b>kiểm tra</b>. Một văn bản điện tử chỉ đáng tin khi chữ ký số trên đó hợp lệ. Văn thư có nhiệm vụ kiểm tra văn bản đến trước khi tiếp nhận, nhưng lãnh đạo cũng nên biết tự kiểm tra, nhất là với văn bản nhận qua thư điện tử hay do người dân, doanh nghiệp gửi đến. Việc này chỉ mất khoảng một phút.</p>",
            },
            {"type": "heading", "value": {"text": "Kiểm tra những gì", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Với mỗi chữ ký trên văn bản, phần mềm kiểm tra trả lời bốn câu hỏi:</p><ol><li><b>Ai ký?</b> Tên người ký hoặc tên cơ quan ghi trong chứng thư có khớp với chức vụ, họ tên và cơ quan ban hành trên văn bản không.</li><li><b>Văn bản có bị sửa sau khi ký không?</b> Chỉ cần thay đổi một ký tự, chữ ký sẽ bị báo không hợp lệ.</li><li><b>Chứng thư có hiệu lực tại thời điểm ký không?</b> Chứng thư có thể đã hết hạn hoặc bị thu hồi trước khi ký.</li><li><b>Chứng thư do ai cấp?</b> Phải do tổ chức cung cấp dịch vụ chứng thực được pháp luật công nhận cấp.</li></ol><p>Một văn bản của cơ quan nhà nước thường có hai chữ ký cần kiểm tra: của người có thẩm quyền và của cơ quan ban hành.</p>",
            },
            {
                "type": "steps",
                "value": {
                    "title": "Kiểm tra chữ ký số trên một tệp PDF",
                    "steps": [
                        {
                            "instruction": "Mở tệp bằng phần mềm đọc PDF có chức năng kiểm tra chữ ký số, hoặc bằng chức năng kiểm tra chữ ký trên hệ thống quản lý văn bản.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Mở bảng thông tin chữ ký (thường có biểu tượng cây bút hoặc nút “Chữ ký” ở cạnh trái hoặc phía trên văn bản).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Với từng chữ ký, đọc tên người ký hoặc cơ quan ký và thời gian ký; đối chiếu với phần chức vụ, họ tên và tên cơ quan trên văn bản.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Đọc kết luận của phần mềm: chữ ký hợp lệ, văn bản không bị thay đổi sau khi ký, chứng thư còn hiệu lực tại thời điểm ký.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Nếu có cảnh báo, chụp lại màn hình thông báo và chuyển văn thư hoặc bộ phận công nghệ thông tin kiểm tra trước khi sử dụng văn bản.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {"type": "heading", "value": {"text": "Hiểu đúng các cảnh báo", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>“Văn bản đã bị thay đổi sau khi ký”</b>: không sử dụng văn bản này. Liên hệ cơ quan ban hành để nhận lại bản đúng.</li><li><b>“Chứng thư đã hết hạn hoặc bị thu hồi tại thời điểm ký”</b>: chữ ký không có giá trị; đề nghị cơ quan ban hành kiểm tra và gửi lại.</li><li><b>“Không xác định được danh tính người ký” hoặc “chứng thư chưa được tin cậy”</b>: thường là do máy tính chưa cài chứng thư gốc của tổ chức chứng thực, chứ chưa chắc văn bản bị giả mạo. Nhờ bộ phận công nghệ thông tin cài đặt chứng thư gốc theo hướng dẫn rồi kiểm tra lại; trong lúc chờ, chưa coi văn bản là hợp lệ.</li><li><b>Không có chữ ký nào</b>, chỉ có hình ảnh chữ ký và con dấu: đó là bản chụp hoặc bản scan, không phải văn bản điện tử đã ký số.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Căn cứ pháp lý",
                    "text": "<p><b>Nghị định 30/2020/NĐ-CP</b>, Điều 21: văn thư cơ quan phải kiểm tra tính xác thực và toàn vẹn của văn bản điện tử đến rồi mới tiếp nhận trên hệ thống; văn bản không đáp ứng hoặc gửi sai nơi nhận thì trả lại cho cơ quan gửi.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Anh/chị mở một văn bản PDF do một sở gửi qua thư điện tử. Trên văn bản có hình chữ ký và con dấu đỏ, nhưng bảng thông tin chữ ký cho biết tệp không có chữ ký số nào. Kết luận nào đúng?",
                    "choices": [
                        {
                            "text": "Văn bản hợp lệ, vì có đủ chữ ký và con dấu.",
                            "correct": False,
                            "feedback": "Hình ảnh chữ ký và con dấu có thể sao chép được; giá trị pháp lý nằm ở chữ ký số gắn trong tệp.",
                        },
                        {
                            "text": "Đây là bản chụp hoặc bản scan, không phải văn bản điện tử đã ký số; cần đề nghị gửi văn bản điện tử có chữ ký số qua hệ thống quản lý văn bản.",
                            "correct": True,
                            "feedback": "Đúng. Chỉ văn bản có chữ ký số hợp lệ mới có giá trị như bản gốc và kiểm tra được tính toàn vẹn.",
                        },
                        {
                            "text": "Văn bản chắc chắn là giả mạo, cần báo công an ngay.",
                            "correct": False,
                            "feedback": "Chưa đủ căn cứ để kết luận giả mạo; có thể đơn vị gửi đã scan văn bản giấy. Hãy xác minh với nơi gửi.",
                        },
                    ],
                    "explanation": "Phần nhìn thấy trên văn bản (hình chữ ký, hình con dấu) không chứng minh được điều gì. Chỉ bảng thông tin chữ ký mới cho biết tệp có chữ ký số hay không, ai ký và văn bản có bị thay đổi không. Văn bản không có chữ ký số thì cần được xác minh với nơi gửi và đề nghị gửi lại đúng quy trình.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Kiểm tra bốn điều: ai ký, văn bản có bị sửa không, chứng thư còn hiệu lực khi ký không, ai cấp chứng thư.",
                        "Xem bảng thông tin chữ ký, không dựa vào hình ảnh chữ ký hay con dấu.",
                        "Văn bản bị sửa sau khi ký hoặc chứng thư hết hiệu lực thì không sử dụng.",
                        "Cảnh báo “chưa được tin cậy” thường do thiếu chứng thư gốc trên máy; nhờ bộ phận công nghệ thông tin kiểm tra.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Signing is only half the story; the other half is <b>verifying</b>. An electronic document can only be trusted when its digital signatures are valid. The records clerk must check incoming documents before receiving them, but leaders should also know how to check for themselves, especially documents received by email or sent in by citizens and businesses. It takes about a minute.</p>",
            },
            {"type": "heading", "value": {"text": "What to check", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>For each signature on a document, the checking software answers four questions:</p><ol><li><b>Who signed?</b> Does the signer's name or agency in the certificate match the title, name and issuing agency shown on the document?</li><li><b>Was the document changed after signing?</b> Change a single character and the signature is reported as invalid.</li><li><b>Was the certificate valid at the time of signing?</b> It may have expired or been revoked before the document was signed.</li><li><b>Who issued the certificate?</b> It must be issued by a certification service provider recognised by law.</li></ol><p>A state agency's document usually has two signatures to check: the competent person's and the issuing agency's.</p>",
            },
            {
                "type": "steps",
                "value": {
                    "title": "Check the digital signatures on a PDF file",
                    "steps": [
                        {
                            "instruction": "Open the file in a PDF reader that can check digital signatures, or with the signature checking function of the document management system.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Open the signature panel (usually a pen icon or a “Signatures” button at the left edge or top of the document).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "For each signature, read the signer's or agency's name and the signing time; compare them with the title, name and agency shown on the document.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Read the software's conclusion: signature valid, document not changed since signing, certificate valid at the time of signing.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "If there is a warning, take a screenshot of the message and pass it to the records clerk or IT team to check before using the document.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {"type": "heading", "value": {"text": "Understanding the warnings", "level": "h2"}},
            {
                "type": "text",
                "value": "<ul><li><b>“The document has been modified since it was signed”</b>: do not use this document. Contact the issuing agency for the correct version.</li><li><b>“The certificate had expired or was revoked at the time of signing”</b>: the signature has no value; ask the issuing agency to check and send it again.</li><li><b>“Signer's identity unknown” or “certificate not trusted”</b>: usually the computer does not yet have the certification provider's root certificate installed, which does not necessarily mean the document is forged. Ask the IT team to install the root certificate as instructed, then check again; until then, do not treat the document as valid.</li><li><b>No signature at all</b>, just images of a signature and a seal: this is a photo or a scan, not a digitally signed electronic document.</li></ul>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Legal basis",
                    "text": "<p><b>Decree 30/2020/NĐ-CP</b>, Article 21: the records clerk must check the authenticity and integrity of an incoming electronic document before receiving it in the system; a document that fails the check or was sent to the wrong recipient is returned to the sending agency.</p>",
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "You open a PDF sent by email from a department. It shows a signature and a red seal, but the signature panel says the file has no digital signatures. Which conclusion is correct?",
                    "choices": [
                        {
                            "text": "The document is valid, since it has both a signature and a seal.",
                            "correct": False,
                            "feedback": "Images of a signature and a seal can be copied; the legal value lies in the digital signature attached to the file.",
                        },
                        {
                            "text": "It is a photo or scan, not a digitally signed electronic document; ask for the digitally signed electronic document to be sent through the document management system.",
                            "correct": True,
                            "feedback": "Correct. Only a document with a valid digital signature has the value of an original and can be checked for integrity.",
                        },
                        {
                            "text": "The document is certainly forged and must be reported to the police at once.",
                            "correct": False,
                            "feedback": "There is not enough evidence to conclude forgery; the sender may simply have scanned a paper document. Check with the sender.",
                        },
                    ],
                    "explanation": "What you see on the page (a signature image, a seal image) proves nothing. Only the signature panel tells you whether the file carries a digital signature, who signed and whether the document has changed. A document without a digital signature should be checked with the sender, who should be asked to send it again through the proper process.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Check four things: who signed, whether the document changed, whether the certificate was valid at signing, who issued it.",
                        "Look at the signature panel, not at the images of a signature or seal.",
                        "Do not use a document changed after signing or signed with an invalid certificate.",
                        "A “not trusted” warning usually means a missing root certificate on the computer; ask the IT team to check.",
                    ],
                },
            },
        ],
    },
}

NO_PRINT_NO_SCAN = {
    "slug": "khong-in-ra-khong-scan-lai",
    "minutes": 6,
    "title": {
        "vi": "Vì sao không in ra, không scan lại",
        "en": "Why not to print and scan signed documents",
    },
    "body": {
        "vi": [
            {
                "type": "text",
                "value": "<p>Ở nhiều đơn vị vẫn tồn tại hai thói quen: lãnh đạo đã ký số nhưng văn thư vẫn in ra để lãnh đạo ký tay và đóng dấu “cho chắc”; hoặc lãnh đạo ký trên giấy rồi văn thư scan lại và gửi đi như văn bản điện tử. Cả hai đều làm mất gần hết lợi ích của văn bản điện tử: văn bản đến chậm hơn, tốn giấy, tốn công, và người nhận không kiểm tra được tính toàn vẹn của văn bản. Bài này giúp anh/chị nhận ra và chấm dứt hai thói quen đó.</p>",
            },
            {"type": "heading", "value": {"text": "Một văn bản, ba cách làm", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "Thời gian từ lúc duyệt đến lúc phát hành một công văn",
                    "columns": "Cách làm | Thời gian (giờ) | Số bước thủ công",
                    "rows": [
                        {"label": "Ký số trọn vẹn trên hệ thống", "values": "2 | 0"},
                        {"label": "Ký tay trên giấy, văn thư scan gửi đi", "values": "20 | 4"},
                        {"label": "Đã ký số, in ra ký tay lại, đóng dấu, scan", "values": "30 | 6"},
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "giờ",
                    "caption": "Số liệu minh họa của một đơn vị giả định thuộc Quận Phú Lâm.",
                },
            },
            {
                "type": "text",
                "value": "<p>Con số cụ thể khác nhau giữa các đơn vị, nhưng xu hướng thì giống nhau: mỗi lần văn bản rời khỏi hệ thống để ra giấy, nó phải chờ người ký có mặt, chờ văn thư đóng dấu, chờ máy scan. Những hệ quả khác ít thấy hơn nhưng không kém quan trọng:</p><ul><li><b>Hai “bản gốc”:</b> một bản giấy và một bản điện tử, có khi lệch nhau, gây lúng túng khi lưu trữ và khi cần đối chiếu.</li><li><b>Người nhận không kiểm tra được:</b> bản scan không có chữ ký số của người ký, nên không chứng minh được nội dung không bị thay đổi.</li><li><b>Số liệu sai lệch:</b> đơn vị báo cáo “đã gửi nhận văn bản điện tử” nhưng thực chất vẫn làm việc trên giấy.</li></ul>",
            },
            {"type": "heading", "value": {"text": "Khi nào thật sự cần bản giấy", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>Vẫn có những trường hợp cần bản giấy, chẳng hạn gửi cho người dân hoặc tổ chức không nhận văn bản điện tử, hay văn bản có nội dung thuộc bí mật nhà nước (loại văn bản này không được xử lý trên hệ thống kết nối Internet). Ngay cả khi đó, <b>anh/chị không phải ký lại</b>: văn thư in văn bản đã ký số ra giấy và đóng dấu của cơ quan để tạo bản chính văn bản giấy.</p><p>Chiều ngược lại cũng có quy định: văn bản giấy có thể được sao y sang văn bản điện tử bằng cách số hóa và ký số của cơ quan. Bản sao y đó có giá trị pháp lý, nhưng nó vẫn là <b>bản sao</b>; với văn bản do chính đơn vị mình ban hành, cách tốt nhất là ký số ngay từ đầu.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Căn cứ pháp lý",
                    "text": "<p><b>Nghị định 30/2020/NĐ-CP</b>, khoản 5 Điều 18: phát hành văn bản giấy từ văn bản được ký số của người có thẩm quyền bằng cách văn thư in ra giấy và đóng dấu để tạo bản chính văn bản giấy. Điều 25 và Điều 26: sao y từ văn bản giấy sang văn bản điện tử bằng việc số hóa và ký số của cơ quan; bản sao thực hiện đúng quy định có giá trị pháp lý như bản chính. Điều 19: cơ quan có hệ thống đáp ứng yêu cầu thì lưu bản gốc văn bản điện tử trên hệ thống thay cho văn bản giấy.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Chuyển đơn vị sang ký số trọn vẹn", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Năm việc người đứng đầu nên làm",
                    "steps": [
                        {
                            "instruction": "Yêu cầu văn thư thống kê trong tháng trước: bao nhiêu văn bản được ký số trọn vẹn, bao nhiêu văn bản in ra ký lại hoặc scan từ bản ký tay.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Thống nhất trong lãnh đạo: mọi văn bản đi đều ký số trên hệ thống, trừ các trường hợp ngoại lệ được liệt kê rõ (văn bản mật, gửi người không nhận văn bản điện tử).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Bảo đảm mọi người có thẩm quyền ký, kể cả cấp phó, đều có chứng thư còn hạn, thiết bị hoạt động và, nếu có thể, dịch vụ ký số từ xa.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Hỏi văn thư và bộ phận công nghệ thông tin xem hệ thống đã đáp ứng yêu cầu lưu bản gốc điện tử chưa; nếu đã đáp ứng, dừng việc in văn bản ra để lưu.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Xem lại số liệu mỗi tháng trong cuộc họp giao ban cho đến khi văn bản in lại hoặc scan chỉ còn là ngoại lệ.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "Một quyết định anh/chị đã ký số cần gửi cho một hộ dân không sử dụng dịch vụ công trực tuyến và đề nghị nhận bản giấy. Cách làm nào đúng?",
                    "choices": [
                        {
                            "text": "In quyết định ra, anh/chị ký tay lại rồi văn thư đóng dấu.",
                            "correct": False,
                            "feedback": "Không cần ký lại: anh/chị đã ký số, và ký lại tạo ra hai bản gốc khác nhau.",
                        },
                        {
                            "text": "Văn thư in văn bản đã ký số ra giấy và đóng dấu của cơ quan để tạo bản chính văn bản giấy gửi hộ dân.",
                            "correct": True,
                            "feedback": "Đúng. Đây là cách phát hành văn bản giấy từ văn bản đã ký số theo Nghị định 30/2020/NĐ-CP.",
                        },
                        {
                            "text": "Soạn lại một quyết định giấy mới, cấp số mới để gửi hộ dân.",
                            "correct": False,
                            "feedback": "Hai quyết định cho cùng một việc gây nhầm lẫn nghiêm trọng về giá trị pháp lý.",
                        },
                    ],
                    "explanation": "Khi cần bản giấy từ một văn bản đã ký số, văn thư in văn bản ra giấy và đóng dấu để tạo bản chính văn bản giấy. Người có thẩm quyền không phải ký lại, văn bản không phải cấp số mới. Nhờ vậy chỉ có một văn bản duy nhất, dù được gửi bằng đường điện tử hay bằng giấy.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "In ra ký lại hoặc scan bản ký tay làm văn bản chậm hơn nhiều giờ và người nhận không kiểm tra được.",
                        "Cần bản giấy thì văn thư in văn bản đã ký số và đóng dấu; anh/chị không phải ký lại.",
                        "Bản scan có ký số của cơ quan là bản sao y; văn bản của đơn vị mình thì nên ký số ngay từ đầu.",
                        "Theo dõi hằng tháng tỷ lệ văn bản ký số trọn vẹn cho đến khi in lại và scan chỉ còn là ngoại lệ.",
                    ],
                },
            },
        ],
        "en": [
            {
                "type": "text",
                "value": "<p>Two habits persist in many units: the leader has already signed digitally, yet the clerk prints the document for the leader to sign by hand and stamp “to be safe”; or the leader signs on paper and the clerk scans it and sends it as if it were an electronic document. Both throw away almost all the benefits of electronic documents: the document arrives later, paper and effort are wasted, and the recipient cannot check the document's integrity. This lesson helps you recognise and end both habits.</p>",
            },
            {"type": "heading", "value": {"text": "One document, three ways", "level": "h2"}},
            {
                "type": "data_table",
                "value": {
                    "title": "Time from approval to issue of an official letter",
                    "columns": "Method | Time (hours) | Manual steps",
                    "rows": [
                        {"label": "Fully digitally signed in the system", "values": "2 | 0"},
                        {"label": "Signed by hand, scanned and sent by the clerk", "values": "20 | 4"},
                        {
                            "label": "Signed digitally, printed, signed by hand again, stamped, scanned",
                            "values": "30 | 6",
                        },
                    ],
                    "chart": "bar",
                    "chart_column": 1,
                    "unit": "hours",
                    "caption": "Illustrative figures from a fictional unit in Phú Lâm District.",
                },
            },
            {
                "type": "text",
                "value": "<p>The exact figures vary between units, but the pattern is the same: each time a document leaves the system for paper, it waits for the signer to be present, for the clerk to stamp it, for the scanner. Other consequences are less visible but no less important:</p><ul><li><b>Two “originals”:</b> a paper one and an electronic one, sometimes differing, which causes confusion when filing and when checking.</li><li><b>The recipient cannot verify:</b> a scan carries no digital signature of the signer, so nothing proves the content has not been changed.</li><li><b>Misleading figures:</b> the unit reports “sending and receiving electronic documents” while in fact still working on paper.</li></ul>",
            },
            {"type": "heading", "value": {"text": "When paper really is needed", "level": "h2"}},
            {
                "type": "text",
                "value": "<p>There are still cases that need paper, for example sending to a citizen or organisation that does not receive electronic documents, or documents containing state secrets (which may not be handled on systems connected to the Internet). Even then, <b>you do not sign again</b>: the clerk prints the digitally signed document and applies the agency's seal to create the official paper original.</p><p>The reverse is also provided for: a paper document can be copied into an electronic one by digitising it and applying the agency's digital signature. That certified copy has legal value, but it is still a <b>copy</b>; for documents your own unit issues, the best way is to sign digitally from the start.</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "legal",
                    "title": "Legal basis",
                    "text": "<p><b>Decree 30/2020/NĐ-CP</b>, Article 18(5): a paper document is issued from a document digitally signed by the competent person by the clerk printing it and applying the seal to create the official paper original. Articles 25 and 26: a certified copy from paper to electronic form is made by digitising the document and applying the agency's digital signature; copies made as prescribed have the legal value of the original. Article 19: an agency whose system meets the requirements keeps the electronic original in the system instead of paper.</p>",
                },
            },
            {"type": "heading", "value": {"text": "Moving your unit to fully digital signing", "level": "h2"}},
            {
                "type": "steps",
                "value": {
                    "title": "Five things the head of a unit should do",
                    "steps": [
                        {
                            "instruction": "Ask the clerk for last month's figures: how many documents were fully digitally signed, how many were printed and re-signed or scanned from a handwritten signature.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Agree among the leadership: every outgoing document is digitally signed in the system, except clearly listed exceptions (classified documents, recipients who do not receive electronic documents).",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Make sure everyone with signing authority, deputies included, has a valid certificate, a working device and, where possible, a remote signing service.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Ask the clerk and IT team whether the system meets the requirements for keeping electronic originals; if it does, stop printing documents for filing.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                        {
                            "instruction": "Review the figures every month at the briefing meeting until printed or scanned documents are only the exception.",
                            "screenshot": None,
                            "screenshot_alt": "",
                        },
                    ],
                },
            },
            {
                "type": "practice",
                "value": {
                    "question": "A decision you have signed digitally must be sent to a household that does not use online public services and asks for a paper copy. What is the correct way?",
                    "choices": [
                        {
                            "text": "Print the decision, sign it again by hand, and have the clerk stamp it.",
                            "correct": False,
                            "feedback": "There is no need to sign again: you have already signed digitally, and re-signing creates two different originals.",
                        },
                        {
                            "text": "The clerk prints the digitally signed document and applies the agency's seal to create the official paper original for the household.",
                            "correct": True,
                            "feedback": "Correct. This is how a paper document is issued from a digitally signed one under Decree 30/2020/NĐ-CP.",
                        },
                        {
                            "text": "Draft a new paper decision with a new number for the household.",
                            "correct": False,
                            "feedback": "Two decisions on the same matter cause serious confusion about which one has legal effect.",
                        },
                    ],
                    "explanation": "When a paper version of a digitally signed document is needed, the clerk prints it and applies the seal to create the official paper original. The competent person does not sign again and the document does not get a new number. There is thus only one document, whether it is sent electronically or on paper.",
                },
            },
            {
                "type": "takeaways",
                "value": {
                    "title": "",
                    "items": [
                        "Printing and re-signing, or scanning handwritten signatures, delays documents by hours and leaves recipients unable to verify them.",
                        "When paper is needed, the clerk prints the digitally signed document and applies the seal; you do not sign again.",
                        "A scan with the agency's digital signature is a certified copy; your own unit's documents should be signed digitally from the start.",
                        "Track the share of fully digitally signed documents every month until printing and scanning are only the exception.",
                    ],
                },
            },
        ],
    },
}

COURSE = {
    "slug": "chu-ky-so-van-ban-dien-tu",
    "topic": "esignature",
    "title": {
        "vi": "Chữ ký số trong văn bản điện tử",
        "en": "Digital signatures for electronic documents",
    },
    "summary": {
        "vi": "Hiểu chữ ký số và giá trị pháp lý của nó theo Luật Giao dịch điện tử 2023 và Nghị định 30/2020/NĐ-CP; phân biệt chữ ký số cá nhân với chữ ký số của cơ quan; tự ký và kiểm tra một văn bản PDF; chấm dứt việc in ra, scan lại văn bản đã ký số.",
        "en": "Understand digital signatures and their legal standing under the Law on Electronic Transactions 2023 and Decree 30/2020/NĐ-CP; tell personal from agency signatures; sign and verify a PDF yourself; stop printing and scanning signed documents.",
    },
    "audience": {
        "vi": "Lãnh đạo có thẩm quyền ký văn bản: chủ tịch, phó chủ tịch UBND quận, phường; giám đốc, phó giám đốc sở; trưởng các phòng, ban.",
        "en": "Leaders who sign documents: chairs and vice-chairs of district and ward People's Committees; department directors and deputies; heads of divisions.",
    },
    "outcomes": {
        "vi": [
            "Giải thích được chữ ký số là gì và vì sao văn bản điện tử đã ký số có giá trị như bản gốc.",
            "Phân biệt chữ ký số cá nhân với chữ ký số của cơ quan và biết ai giữ, ai ký.",
            "Tự ký số một văn bản PDF trên hệ thống quản lý văn bản và xử lý trục trặc thường gặp.",
            "Kiểm tra chữ ký số trên văn bản nhận được và hiểu đúng các cảnh báo.",
            "Chỉ đạo đơn vị chấm dứt việc in ra, scan lại văn bản đã ký số.",
        ],
        "en": [
            "Explain what a digital signature is and why a digitally signed electronic document has the value of an original.",
            "Tell personal from agency digital signatures and know who keeps and who applies each.",
            "Digitally sign a PDF in the document management system and deal with common problems.",
            "Verify the digital signatures on a document you receive and read the warnings correctly.",
            "Direct your unit to stop printing and scanning digitally signed documents.",
        ],
    },
    "lessons": [WHAT_IT_IS, PERSONAL_AND_AGENCY, SIGNING_A_PDF, VERIFYING, NO_PRINT_NO_SCAN],
}
