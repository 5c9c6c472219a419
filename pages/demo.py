"""Demo content of the site's pages: the board's named contacts and the content pages (about the board, the
investment procedure, questions and answers), in Vietnamese and English, loaded idempotently like the park."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from core.batch import batched
from core.demo import Tally, both_languages, upsert
from pages.models import BoardContact, Page, PageSection

# --------------------------------------------------------------------------- board contacts

CONTACTS = [
    {
        "name": "Nguyễn Văn An",
        **both_languages(
            position=("Chuyên viên xúc tiến đầu tư", "Investment promotion officer"),
            responsibilities=(
                "Tiếp nhận yêu cầu của nhà đầu tư, giới thiệu quỹ đất, tổ chức khảo sát thực địa và hướng dẫn bước "
                "đầu về thủ tục.",
                "First contact for investors: inquiries, available land, site visits and first guidance on procedures.",
            ),
        ),
        "phone": "+84 209 3 800 001",
        "email": "an.nguyen@thanhbinh-ip.example",
        "languages": "Tiếng Việt, English",
        "is_primary": True,
        "order": 1,
    },
    {
        "name": "Trần Thị Bình",
        **both_languages(
            position=("Phó Trưởng ban", "Deputy Head of the Board"),
            responsibilities=(
                "Cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư; phối hợp với sở, ngành giải quyết vướng mắc của dự "
                "án.",
                "Investment registration certificates and amendments; working with provincial departments to "
                "resolve project issues.",
            ),
        ),
        "phone": "+84 209 3 800 002",
        "email": "binh.tran@thanhbinh-ip.example",
        "languages": "Tiếng Việt, English",
        "is_primary": False,
        "order": 2,
    },
    {
        "name": "Lê Minh Cường",
        **both_languages(
            position=(
                "Chuyên viên quy hoạch, xây dựng và môi trường",
                "Planning, construction and environment officer",
            ),
            responsibilities=(
                "Quy hoạch chi tiết, giấy phép xây dựng, thủ tục môi trường và đấu nối hạ tầng.",
                "Detailed plan, construction permits, environmental procedures and utility connections.",
            ),
        ),
        "phone": "+84 209 3 800 003",
        "email": "cuong.le@thanhbinh-ip.example",
        "languages": "Tiếng Việt, English",
        "is_primary": False,
        "order": 3,
    },
]

# --------------------------------------------------------------------------- pages

PAGES = [
    {
        "layout": Page.Layout.TEXT,
        "order": 1,
        **both_languages(
            title=("Giới thiệu Ban Quản lý", "About the Management Board"),
            menu_title=("Giới thiệu", "About us"),
            summary=(
                "Vai trò của Ban Quản lý Khu công nghiệp Thanh Bình, cam kết với nhà đầu tư và mục tiêu thu hút "
                "đầu tư.",
                "The role of the Management Board of Thanh Binh Industrial Park, its commitments to investors and "
                "its investment targets.",
            ),
            body=(
                "Ban Quản lý Khu công nghiệp Thanh Bình là đầu mối của chính quyền tỉnh với nhà đầu tư trong khu "
                "công nghiệp: từ giới thiệu địa điểm, hướng dẫn thủ tục đến đồng hành với dự án khi đã đi vào sản "
                "xuất.",
                "The Management Board of Thanh Binh Industrial Park is the provincial authorities' point of contact "
                "for investors in the park, from showing sites and explaining procedures to standing by projects "
                "once they are in production.",
            ),
        ),
        "sections": [
            (
                ("Vai trò của Ban Quản lý", "What the Board does"),
                (
                    "Ban Quản lý tổ chức xúc tiến đầu tư có chọn lọc; tư vấn, hướng dẫn nhà đầu tư trong quá trình "
                    "tìm hiểu và triển khai dự án; rà soát thủ tục pháp lý và đôn đốc tiến độ các dự án đã đăng ký.\n\n"
                    "Ban cũng phối hợp với các sở, ngành tham mưu cho Ủy ban nhân dân tỉnh tháo gỡ kịp thời khó "
                    "khăn, vướng mắc của các dự án trong khu công nghiệp.",
                    "The Board carries out selective investment promotion, advises and guides investors while they "
                    "explore and carry out their projects, reviews legal procedures and keeps registered projects "
                    "on schedule.\n\n"
                    "It also works with the provincial departments to advise the provincial People's Committee on "
                    "resolving the difficulties of projects in the park without delay.",
                ),
            ),
            (
                ("Cam kết với nhà đầu tư", "Our commitments to investors"),
                (
                    "- Tiếp tục cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ.\n"
                    "- Cải thiện môi trường đầu tư kinh doanh, bình đẳng giữa nhà đầu tư trong nước và nước ngoài.\n"
                    "- Xúc tiến đầu tư tại chỗ: lắng nghe và hỗ trợ các doanh nghiệp đang hoạt động trong khu.\n"
                    "- Giải quyết nhanh các khó khăn, vướng mắc phát sinh trong quá trình đầu tư và sản xuất.",
                    "- Continued administrative reform and shorter processing times.\n"
                    "- A better business environment, with equal treatment of domestic and foreign investors.\n"
                    "- On-site promotion: listening to and supporting the companies already in the park.\n"
                    "- Quick resolution of the difficulties that arise during investment and production.",
                ),
            ),
            (
                ("Mặt bằng, giao thông và nguồn nhân lực", "Land, transport and workforce"),
                (
                    "Tỉnh tập trung hỗ trợ hoàn thiện hạ tầng để có mặt bằng sạch, kết nối giao thông thuận lợi và "
                    "đào tạo nguồn nhân lực cho doanh nghiệp.\n\n"
                    "Ban Quản lý phối hợp với các địa phương tổ chức các buổi làm việc giữa doanh nghiệp và cơ sở "
                    "cung ứng nguyên liệu, đồng thời đưa doanh nghiệp đi khảo sát vùng nguyên liệu và tìm đầu ra "
                    "cho sản phẩm.",
                    "The province concentrates its support on completing infrastructure so that land is ready to "
                    "build on, on good transport links and on training the workforce companies need.\n\n"
                    "Together with local authorities, the Board arranges meetings between companies and "
                    "raw-material suppliers, and takes companies to visit supply areas and meet buyers for their "
                    "products.",
                ),
            ),
            (
                ("Định hướng thu hút đầu tư", "Which investment we seek"),
                (
                    "Khu công nghiệp ưu tiên nhà đầu tư chiến lược có tiềm lực và kinh nghiệm, các thương hiệu đã "
                    "khẳng định, dự án mang tính liên kết vùng, chuỗi cung ứng và có tác động lan tỏa.\n\n"
                    "Các dự án có nguy cơ gây ô nhiễm môi trường không được tiếp nhận. Thu hút đầu tư phải gắn "
                    "với hiệu quả kinh tế – xã hội, bảo vệ môi trường và phát triển bền vững.",
                    "The park gives priority to strategic investors with the means and the experience, to "
                    "established brands, and to projects that build regional links and supply chains and whose "
                    "benefits spread.\n\n"
                    "Projects with a risk of polluting the environment are not accepted. New investment has to "
                    "bring economic and social benefits, protect the environment and be sustainable.",
                ),
            ),
            (
                ("Phối hợp với nhà đầu tư hạ tầng", "Working with the infrastructure partner"),
                (
                    "Ban Quản lý phối hợp với Công ty Cổ phần Onsen Fuji Bắc Kạn xúc tiến đầu tư kết cấu hạ tầng "
                    "và mời gọi các nhà đầu tư thứ cấp vào khu công nghiệp.",
                    "The Board works with Onsen Fuji Bac Kan Joint Stock Company to promote investment in the "
                    "park's infrastructure and to attract manufacturers (secondary investors) to the park.",
                ),
            ),
            (
                ("Mục tiêu giai đoạn 2021–2025", "Targets for 2021–2025"),
                (
                    "Theo Nghị quyết số 16-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh Bắc Kạn cũ (khóa XII) "
                    "về phát triển công nghiệp giai đoạn 2021–2025, định hướng đến năm 2030, tỉnh đặt mục tiêu thu "
                    "hút khoảng 20 dự án mới vào khu công nghiệp với tổng vốn đăng ký trên 2.150 tỷ đồng.\n\n"
                    "Riêng năm 2022, khu công nghiệp đặt mục tiêu thu hút ít nhất 3 dự án mới với vốn đăng ký mới "
                    "trên 500 tỷ đồng. Các mục tiêu này do tỉnh Bắc Kạn cũ đề ra, trước khi tỉnh Bắc Kạn và tỉnh Thái "
                    "Nguyên được hợp nhất thành tỉnh Thái Nguyên.",
                    "Under Resolution No. 16-NQ/TU of 12 August 2021 of the Party Committee of the former Bac Kan "
                    "province (12th term) on industrial development for 2021–2025 with orientation to 2030, the "
                    "province set out to attract about 20 new projects to the park with registered capital of over "
                    "VND 2,150 billion.\n\n"
                    "For 2022 alone, the park aimed for at least 3 new projects with over VND 500 billion of new "
                    "registered capital. These targets were set by the former Bac Kan province, before Bac Kan and "
                    "Thai Nguyen provinces were merged into Thai Nguyen province.",
                ),
            ),
        ],
    },
    {
        "layout": Page.Layout.STEPS,
        "order": 2,
        **both_languages(
            title=("Thủ tục đầu tư", "Investment procedure"),
            menu_title=("Thủ tục đầu tư", "How to invest"),
            summary=(
                "Các bước chính từ lần liên hệ đầu tiên đến khi nhà máy đi vào hoạt động tại Khu công nghiệp Thanh "
                "Bình.",
                "The main steps from the first contact to the start of operation at Thanh Binh Industrial Park.",
            ),
            body=(
                "Trình tự dưới đây mang tính hướng dẫn chung. Hồ sơ và thời gian cụ thể phụ thuộc vào quy mô, "
                "ngành nghề và hình thức đầu tư của từng dự án; Ban Quản lý sẽ xác nhận với nhà đầu tư ngay từ buổi "
                "làm việc đầu tiên.",
                "The sequence below is general guidance. The documents and timing depend on each project's size, "
                "sector and form of investment; the Board confirms them with the investor at the first meeting.",
            ),
        ),
        "sections": [
            (
                ("Liên hệ và tìm hiểu thông tin", "First contact and inquiry"),
                (
                    "Nhà đầu tư gửi yêu cầu qua cổng thông tin, thư điện tử hoặc điện thoại, nêu ngành nghề, diện "
                    "tích đất, nhu cầu điện, nước và lao động dự kiến. Ban Quản lý phản hồi, gửi thông tin quỹ đất, "
                    "hạ tầng và chính sách ưu đãi.",
                    "The investor sends an inquiry through the portal, by email or by phone, giving the sector, the "
                    "land area and the expected power, water and labour needs. The Board replies with information on "
                    "available land, infrastructure and incentives.",
                ),
            ),
            (
                ("Khảo sát thực địa", "Site visit"),
                (
                    "Ban Quản lý và doanh nghiệp đầu tư hạ tầng đưa nhà đầu tư đi xem các lô đất, hạ tầng kỹ thuật và "
                    "làm việc với các cơ quan liên quan; có thể kết hợp khảo sát vùng nguyên liệu và nguồn lao động.",
                    "The Board and the infrastructure developer show the investor the plots and the technical "
                    "infrastructure and arrange meetings with the relevant authorities; the visit can include the "
                    "raw-material areas and the local labour pool.",
                ),
            ),
            (
                (
                    "Chấp thuận chủ trương và đăng ký đầu tư",
                    "In-principle approval and investment registration",
                ),
                (
                    "Nếu dự án thuộc diện phải chấp thuận chủ trương đầu tư, Ban Quản lý hướng dẫn lập hồ sơ và trình "
                    "cấp có thẩm quyền. Ban Quản lý cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong khu công "
                    "nghiệp theo quy định; nhà đầu tư nước ngoài cần có giấy chứng nhận này trước khi thành lập tổ "
                    "chức kinh tế.",
                    "If the project needs in-principle approval, the Board helps prepare the file and submits it to "
                    "the competent authority. The Board issues the investment registration certificate for projects "
                    "in the park as the law provides; foreign investors need this certificate before they set up a "
                    "company.",
                ),
            ),
            (
                ("Đăng ký doanh nghiệp", "Enterprise registration"),
                (
                    "Nhà đầu tư thành lập doanh nghiệp tại cơ quan đăng ký kinh doanh cấp tỉnh, khắc dấu, mở tài "
                    "khoản và đăng ký thuế. Ban Quản lý hướng dẫn hồ sơ khi cần.",
                    "The investor registers the company with the provincial business registration office, makes its "
                    "seal, opens bank accounts and registers for tax. The Board helps with the documents if needed.",
                ),
            ),
            (
                ("Ký hợp đồng thuê đất", "Land lease contract"),
                (
                    "Doanh nghiệp ký hợp đồng thuê lại đất có hạ tầng với doanh nghiệp đầu tư hạ tầng, hoặc làm thủ "
                    "tục thuê đất với Nhà nước tùy từng khu vực, rồi nhận bàn giao mặt bằng trên thực địa.",
                    "The company signs a sub-lease for serviced land with the infrastructure developer, or leases "
                    "the land from the State depending on the area, and then takes over the site.",
                ),
            ),
            (
                (
                    "Thủ tục môi trường, phòng cháy chữa cháy và giấy phép xây dựng",
                    "Environmental, fire safety and construction permits",
                ),
                (
                    "Tùy quy mô và loại hình, dự án lập báo cáo đánh giá tác động môi trường hoặc đề nghị cấp giấy "
                    "phép môi trường, thẩm duyệt thiết kế phòng cháy chữa cháy và xin giấy phép xây dựng (hoặc thông "
                    "báo khởi công nếu được miễn giấy phép).",
                    "Depending on its size and type, the project prepares an environmental impact assessment or "
                    "applies for an environmental permit, has its fire safety design approved and obtains a "
                    "construction permit (or gives notice of the start of works where no permit is required).",
                ),
            ),
            (
                ("Xây dựng, nghiệm thu và đi vào hoạt động", "Construction, acceptance and start of operation"),
                (
                    "Doanh nghiệp xây dựng nhà xưởng, đấu nối điện, nước, nước thải, nghiệm thu công trình và tuyển "
                    "dụng lao động. Sau khi đi vào hoạt động, doanh nghiệp báo cáo định kỳ theo quy định và tiếp tục "
                    "được Ban Quản lý hỗ trợ.",
                    "The company builds its factory, connects power, water and wastewater, has the works accepted "
                    "and recruits staff. Once in operation, it files the required periodic reports and keeps the "
                    "Board's support.",
                ),
            ),
        ],
    },
    {
        "layout": Page.Layout.FAQ,
        "order": 3,
        **both_languages(
            title=("Câu hỏi thường gặp", "Frequently asked questions"),
            menu_title=("Hỏi đáp", "FAQ"),
            summary=(
                "Giải đáp ngắn cho những câu hỏi nhà đầu tư thường đặt ra về Khu công nghiệp Thanh Bình.",
                "Short answers to the questions investors most often ask about Thanh Binh Industrial Park.",
            ),
            body=(
                "Nếu chưa tìm thấy câu trả lời, xin liên hệ chuyên viên xúc tiến đầu tư của Ban Quản lý.",
                "If your question is not answered here, please contact the Board's investment promotion officer.",
            ),
        ),
        "sections": [
            (
                ("Khu công nghiệp còn đất cho thuê không?", "Is there still land to lease?"),
                (
                    "Đất có hạ tầng của giai đoạn I đã được cho thuê hết. Nhà đầu tư mới có thể đăng ký tại phần mở "
                    "rộng giai đoạn I (khoảng 51 ha, đang chuẩn bị) và giai đoạn II (80,3 ha, đang xây dựng hạ tầng). "
                    "Danh sách lô đất trên cổng thông tin là minh họa; Ban Quản lý sẽ xác nhận lô cụ thể khi làm việc.",
                    "All serviced land in Phase I is leased. New investors can register for the Phase I extension "
                    "(about 51 ha, in preparation) and Phase II (80.3 ha, infrastructure under construction). The "
                    "plots listed on the portal are illustrative; the Board confirms the actual plots when you meet.",
                ),
            ),
            (
                ("Giá thuê đất là bao nhiêu?", "How much is the land rent?"),
                (
                    "Giá hiển thị trên cổng thông tin là số liệu minh họa, không phải lời chào thuê. Giá thuê đất có "
                    "hạ tầng do nhà đầu tư thỏa thuận với doanh nghiệp đầu tư hạ tầng, tùy vị trí, diện tích và thời "
                    "hạn thuê.",
                    "The prices shown on the portal are illustrative, not an offer. The rent for serviced land is "
                    "agreed with the infrastructure developer and depends on the location, the area and the lease "
                    "term.",
                ),
            ),
            (
                ("Những ngành nào được ưu tiên?", "Which sectors are given priority?"),
                (
                    "Phần mở rộng giai đoạn I và giai đoạn II ưu tiên các dự án chế biến, chế tạo: chế biến nông, lâm "
                    "sản; sản phẩm điện tử, máy vi tính và quang học; thiết bị điện; sản xuất kim loại; sản phẩm từ "
                    "kim loại đúc sẵn; máy móc, thiết bị; và công nghiệp phụ trợ. Dự án có nguy cơ gây ô nhiễm môi "
                    "trường không được tiếp nhận.",
                    "The Phase I extension and Phase II give priority to processing and manufacturing: agricultural "
                    "and forest product processing; electronics, computers and optical products; electrical "
                    "equipment; basic metals; fabricated metal products; machinery and equipment; and supporting "
                    "industries. Projects with a risk of polluting the environment are not accepted.",
                ),
            ),
            (
                (
                    "Nhà đầu tư nước ngoài có được đối xử như nhà đầu tư trong nước không?",
                    "Are foreign investors treated the same as domestic ones?",
                ),
                (
                    "Có. Tỉnh cam kết môi trường đầu tư bình đẳng, không phân biệt đối xử giữa nhà đầu tư trong nước "
                    "và nước ngoài. Nhà đầu tư nước ngoài cần có Giấy chứng nhận đăng ký đầu tư trước khi thành lập "
                    "doanh nghiệp; Ban Quản lý hướng dẫn toàn bộ thủ tục này.",
                    "Yes. The province is committed to a level playing field with no discrimination between domestic "
                    "and foreign investors. Foreign investors need an investment registration certificate before "
                    "setting up a company; the Board guides them through the whole procedure.",
                ),
            ),
            (
                ("Tuyển dụng lao động tại địa phương có dễ không?", "Can we recruit workers locally?"),
                (
                    "Theo số liệu năm 2022, khu công nghiệp có khoảng 1.000 lao động, trong đó khoảng 80% là người địa "
                    "phương, thu nhập bình quân khoảng 6 triệu đồng/người/tháng. Ban Quản lý kết nối doanh nghiệp với "
                    "các cơ sở đào tạo nghề và hướng dẫn chính sách hỗ trợ đào tạo của tỉnh.",
                    "In 2022 the park employed about 1,000 people, around 80% of them local, earning on average about "
                    "VND 6 million a month. The Board connects companies with vocational schools and explains the "
                    "province's training support.",
                ),
            ),
            (
                ("Thủ tục đăng ký đầu tư mất bao lâu?", "How long does investment registration take?"),
                (
                    "Thời hạn cấp Giấy chứng nhận đăng ký đầu tư do Luật Đầu tư số 143/2025/QH15 (có hiệu lực từ ngày "
                    "01/3/2026) và các văn bản hướng dẫn quy định; Ban Quản lý sẽ xác nhận thời hạn áp dụng cho dự án "
                    "ngay từ buổi làm việc đầu tiên. Dự án phải chấp thuận chủ trương đầu tư cần thêm thời gian; Ban "
                    "Quản lý sẽ ước tính lộ trình cho từng dự án.",
                    "The time limit for issuing the investment registration certificate is set by the Law on "
                    "Investment No. 143/2025/QH15 (in force from 1 March 2026) and its implementing rules; the Board "
                    "confirms the time limit that applies to your project at the first meeting. Projects that need "
                    "in-principle approval take longer; the Board estimates the timeline for each project.",
                ),
            ),
            (
                (
                    "Việc hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên thành tỉnh Thái Nguyên ảnh hưởng thế nào tới nhà "
                    "đầu tư?",
                    "What does the merger of Bac Kan and Thai Nguyen provinces mean for investors?",
                ),
                (
                    "Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 tỉnh Bắc Kạn và "
                    "tỉnh Thái Nguyên được hợp nhất thành tỉnh Thái Nguyên; chính quyền địa phương còn hai cấp là tỉnh "
                    "và xã. Khu công nghiệp vẫn mang tên Khu công nghiệp Thanh Bình; tên xã nơi khu công nghiệp tọa lạc "
                    "sẽ được Ban Quản lý xác nhận, và một số cơ quan tiếp nhận hồ sơ có thể thay đổi. Ban Quản lý cập "
                    "nhật thông tin trên cổng thông tin và hướng dẫn nhà đầu tư nộp hồ sơ đúng nơi.",
                    "Under Resolution No. 202/2025/QH15 of 12 June 2025 of the National Assembly, Bac Kan and Thai "
                    "Nguyen provinces were merged into Thai Nguyen province on 1 July 2025, and local government now "
                    "has two levels, province and commune. The park keeps its name, Thanh Binh Industrial Park; the "
                    "name of its commune is to be confirmed by the Board, and some of the offices that receive "
                    "applications may change. The Board keeps this portal up to date and tells investors where to "
                    "file.",
                ),
            ),
            (
                ("Khu công nghiệp cách Hà Nội và cảng biển bao xa?", "How far is the park from Hanoi and the ports?"),
                (
                    "Theo ước tính, khu công nghiệp cách Hà Nội khoảng 130 km, sân bay quốc tế Nội Bài khoảng 105 km "
                    "và cảng Hải Phòng khoảng 250 km, chủ yếu đi theo cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07). "
                    "Khoảng cách và thời gian trên cổng thông tin là số liệu gần đúng, đang được Ban Quản lý xác minh.",
                    "By our estimate the park is about 130 km from Hanoi, 105 km from Noi Bai International Airport "
                    "and 250 km from Hai Phong port, mostly along the Hanoi – Thai Nguyen – Cho Moi Expressway "
                    "(CT.07). The distances and travel times on this portal are approximate and are being verified by "
                    "the Board.",
                ),
            ),
        ],
    },
]


def load_demo_pages():
    """Create or update the board's contacts and the content pages; return counts like load_demo_park()."""
    tally = Tally()
    with transaction.atomic(), batched(), translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        for data in CONTACTS:
            values = dict(data)
            name = values.pop("name")
            upsert(tally, BoardContact, {"name": name}, values)

        for data in PAGES:
            values = {k: v for k, v in data.items() if k != "sections"}
            title_vi = values.pop("title_vi")
            values["show_in_menu"] = True
            page = upsert(tally, Page, {"title_vi": title_vi}, values)
            for order, (heading, body) in enumerate(data["sections"], start=1):
                upsert(tally, PageSection, {"page": page, "order": order}, both_languages(heading=heading, body=body))

    return tally.counts()
