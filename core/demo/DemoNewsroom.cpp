#include "demo/DemoNewsroom.h"

#include "html/HtmlSanitizer.h"

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <vector>

namespace newsdesk {
namespace {

enum class Who { Writer, Approver };

struct Step {
    WorkflowAction action;
    Who who;
    const char16_t *note = nullptr;
};

struct DemoArticle {
    const char16_t *title;
    const char16_t *summary;
    std::vector<const char16_t *> paragraphs;
    const char16_t *author;
    const char16_t *category;
    std::vector<const char16_t *> tags;
    std::vector<Step> steps;
};

constexpr auto Submit = WorkflowAction::Submit;
constexpr auto Approve = WorkflowAction::Approve;
constexpr auto Publish = WorkflowAction::Publish;

// Oldest first: each is written on its own day, so the list (newest first) starts with the
// draft still being written and ends with last year's archived report.
const std::vector<DemoArticle> &demoArticles()
{
    static const std::vector<DemoArticle> articles {
        {u"Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024",
            u"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn thị xã tổng kết công tác "
            u"năm 2024 và triển khai nhiệm vụ năm 2025.",
            {u"Năm 2024, trên địa bàn thị xã xảy ra bốn đợt mưa lớn gây sạt lở cục bộ tại một số "
             u"tuyến đường liên bản. Nhờ chủ động di dời các hộ dân ở vùng có nguy cơ cao nên "
             u"không có thiệt hại về người.",
                u"Các lực lượng xung kích ở phường, xã đã huy động hàng trăm ngày công để khơi "
                u"thông cống rãnh, dọn đất đá và bảo đảm giao thông thông suốt sau mưa lũ.",
                u"Hội nghị đã khen thưởng 6 tập thể và 11 cá nhân có thành tích xuất sắc trong "
                u"công tác ứng phó với thiên tai."},
            u"Lò Thị Hoa", u"Thời sự", {u"phòng chống thiên tai"},
            {{Submit, Who::Writer}, {Approve, Who::Approver}, {Publish, Who::Approver},
                {WorkflowAction::Withdraw, Who::Approver,
                    u"Bài của năm trước, đã hết tính thời sự."},
                {WorkflowAction::Archive, Who::Approver, u"Lưu trữ cùng hồ sơ năm 2024."}}},
        {u"Thông báo tạm ngừng cấp điện để bảo dưỡng lưới điện khu vực phường Sông Đà",
            u"Điện lực Mường Lay thông báo tạm ngừng cấp điện từ 7 giờ đến 16 giờ để bảo dưỡng "
            u"đường dây và thay thế thiết bị tại trạm biến áp khu vực.",
            {u"Khu vực bị ảnh hưởng gồm các tổ dân phố 1, 2 và 3 phường Sông Đà cùng trụ sở "
             u"một số cơ quan, đơn vị đóng trên địa bàn.",
                u"Đề nghị các hộ gia đình, cơ quan, đơn vị chủ động sắp xếp công việc. Điện có thể "
                u"được cấp trở lại sớm hơn dự kiến nếu công việc hoàn thành trước thời hạn."},
            u"Lò Thị Hoa", u"Thông báo", {u"thông báo", u"điện lực"},
            {{Submit, Who::Writer}, {Approve, Who::Approver}, {Publish, Who::Approver},
                {WorkflowAction::Withdraw, Who::Approver,
                    u"Điện lực đã đổi lịch bảo dưỡng. Gỡ bài để người dân không hiểu nhầm; "
                    u"thông báo mới sẽ đăng sau."}}},
        {u"Hội đồng nhân dân thị xã Mường Lay tổ chức kỳ họp thường lệ cuối năm",
            u"Hội đồng nhân dân thị xã khai mạc kỳ họp thường lệ cuối năm để đánh giá kết quả "
            u"thực hiện nhiệm vụ phát triển kinh tế – xã hội năm 2025 và quyết định nhiệm vụ "
            u"năm 2026.",
            {u"Dự kỳ họp có đại diện Thường trực Thị ủy, Ủy ban nhân dân thị xã, Ủy ban Mặt trận "
             u"Tổ quốc Việt Nam thị xã cùng các đại biểu Hội đồng nhân dân và lãnh đạo các "
             u"phường, xã.",
                u"Báo cáo tại kỳ họp cho biết tổng thu ngân sách trên địa bàn đạt 112% dự toán, tỷ "
                u"lệ hộ nghèo giảm còn 6,8%; toàn bộ hồ sơ thủ tục hành chính được tiếp nhận và "
                u"trả kết quả đúng hạn.",
                u"Trong phiên chất vấn, các đại biểu quan tâm đến tiến độ sửa chữa tuyến đường vào "
                u"bản Chi Luông và việc cấp nước sinh hoạt trong mùa khô. Lãnh đạo Ủy ban nhân "
                u"dân thị xã đã làm rõ trách nhiệm và cam kết thời gian hoàn thành.",
                u"Kỳ họp diễn ra trong hai ngày, xem xét và thông qua 12 nghị quyết, trong đó có "
                u"nghị quyết về kế hoạch đầu tư công năm 2026."},
            u"Lò Thị Hoa", u"Thời sự", {u"HĐND", u"kỳ họp"},
            {{Submit, Who::Writer}, {Approve, Who::Approver}, {Publish, Who::Approver}}},
        {u"Tiếp nhận hồ sơ thủ tục hành chính trực tuyến tại Bộ phận Một cửa thị xã",
            u"Bộ phận Một cửa thị xã tiếp nhận hồ sơ đăng ký hộ kinh doanh, chứng thực và cấp "
            u"bản sao trích lục hộ tịch qua Cổng Dịch vụ công quốc gia.",
            {u"Người dân và doanh nghiệp có thể nộp hồ sơ mọi lúc, mọi nơi, theo dõi tiến độ giải "
             u"quyết và nhận kết quả qua đường bưu chính mà không cần đến trụ sở.",
                u"Khi cần hỗ trợ, công dân liên hệ Bộ phận Tiếp nhận và Trả kết quả tại tầng 1 trụ "
                u"sở Ủy ban nhân dân thị xã, trong giờ hành chính từ thứ Hai đến thứ Sáu.",
                u"Hồ sơ nộp trực tiếp vẫn được tiếp nhận bình thường trong thời gian chuyển đổi."},
            u"Văn phòng HĐND và UBND thị xã", u"Thông báo",
            {u"thủ tục hành chính", u"dịch vụ công"},
            {{Submit, Who::Writer}, {Approve, Who::Approver}}},
        {u"Mường Lay sẵn sàng cho Lễ hội Hoa Ban",
            u"Lễ hội Hoa Ban năm nay diễn ra trong ba ngày tại quảng trường thị xã với nhiều "
            u"hoạt động văn hóa, thể thao và ẩm thực của đồng bào các dân tộc.",
            {u"Theo Ban tổ chức, lễ hội gồm lễ khai mạc, cuộc thi Người đẹp Hoa Ban, trình diễn "
             u"trang phục truyền thống của các dân tộc Thái, Mông, Khơ Mú, Kinh cùng các trò chơi "
             u"dân gian như ném còn, đẩy gậy, kéo co.",
                u"Dọc bờ hồ, hơn 40 gian hàng giới thiệu sản phẩm OCOP, đặc sản địa phương và đồ "
                u"thủ công mở cửa từ 7 giờ đến 22 giờ hằng ngày.",
                u"Ban tổ chức đề nghị người dân và du khách giữ gìn vệ sinh chung, đỗ xe đúng nơi "
                u"quy định và chấp hành hướng dẫn của lực lượng làm nhiệm vụ."},
            u"Quàng Văn Duy", u"Văn hóa – Du lịch", {u"lễ hội", u"du lịch"},
            {{Submit, Who::Writer}, {Approve, Who::Approver},
                {WorkflowAction::Schedule, Who::Approver,
                    u"Đăng vào buổi sáng, trước giờ khai mạc."}}},
        {u"Khám sức khỏe miễn phí cho người cao tuổi tại các bản vùng cao",
            u"Trung tâm Y tế thị xã tổ chức đợt khám sức khỏe, tư vấn và cấp thuốc miễn phí cho "
            u"người cao tuổi tại các bản xa trung tâm.",
            {u"Các bác sĩ khám nội khoa, đo huyết áp, xét nghiệm đường huyết và tư vấn chế độ dinh "
             u"dưỡng phù hợp với người cao tuổi.",
                u"Những trường hợp cần theo dõi thêm được hướng dẫn đến Trung tâm Y tế thị xã để "
                u"khám chuyên sâu theo chế độ bảo hiểm y tế."},
            u"Lò Thị Hoa", u"Y tế", {u"y tế", u"người cao tuổi"},
            {{Submit, Who::Writer},
                {WorkflowAction::RequestChanges, Who::Approver,
                    u"Đề nghị bổ sung số người được khám, thời gian và địa điểm cụ thể tại từng "
                    u"bản; ghi rõ tên đơn vị phối hợp."}}},
        {u"Cao điểm bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán",
            u"Công an thị xã phối hợp với các trường học và Đoàn Thanh niên ra quân tuyên truyền, "
            u"kiểm tra, xử lý vi phạm trật tự an toàn giao thông trong dịp cao điểm Tết.",
            {u"Trong đợt cao điểm, lực lượng chức năng tập trung kiểm soát nồng độ cồn, tốc độ, "
             u"việc đội mũ bảo hiểm khi đi xe mô tô, xe gắn máy và tình trạng chở quá số người "
             u"quy định.",
                u"Đoàn viên thanh niên các phường, xã phát tờ rơi, treo băng rôn tại các nút giao "
                u"đông người và tuyên truyền trực tiếp tại chợ trung tâm.",
                u"Công an thị xã khuyến cáo người dân “đã uống rượu, bia thì không lái xe”, kiểm "
                u"tra phương tiện trước khi đi đường đèo dốc và giảm tốc độ khi trời có sương mù."},
            u"Lò Thị Hoa", u"An toàn giao thông", {u"an toàn giao thông", u"Tết"},
            {{Submit, Who::Writer}}},
        {u"Tập huấn kỹ thuật chăm sóc cây mắc ca cho nông dân xã Lay Nưa",
            u"Trạm Khuyến nông thị xã mở lớp tập huấn kỹ thuật bón phân, tỉa cành và phòng trừ "
            u"sâu bệnh cho gần 50 hộ trồng mắc ca tại xã Lay Nưa.",
            {u"Tại lớp học, cán bộ khuyến nông hướng dẫn cách tỉa cành tạo tán sau thu hoạch, bón "
             u"phân cân đối theo độ tuổi của cây và nhận biết sớm các loại sâu đục quả.",
                u"Sau phần lý thuyết, học viên thực hành ngay tại vườn của một hộ trồng mắc ca lâu "
                u"năm ở bản Đớ.",
                u"Trạm Khuyến nông sẽ tiếp tục theo dõi, hỗ trợ kỹ thuật cho các hộ trong suốt vụ "
                u"chăm sóc."},
            u"Quàng Văn Duy", u"Nông nghiệp", {u"khuyến nông", u"mắc ca"}, {}},
    };
    return articles;
}

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

// Canonical HTML, exactly as the editor writes it back: otherwise the first save from the
// window would count as an edit and withdraw the demo's approvals.
QString bodyHtml(const std::vector<const char16_t *> &paragraphs)
{
    QString html;
    for (const char16_t *paragraph : paragraphs)
        html += QStringLiteral("<p>") + text(paragraph).toHtmlEscaped() + QStringLiteral("</p>");
    return html::sanitize(html);
}

// Tomorrow, or the day after when that is less than a few hours away, at 07:30 on the portal.
QDateTime scheduleTime(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    QDateTime at(today.addDays(1), QTime(7, 30), zone);
    if (at.secsTo(nowUtc) > -3 * 3600)
        at = QDateTime(today.addDays(2), QTime(7, 30), zone);
    return at.toUTC();
}

Result<void> actAs(WorkflowService &workflow, Who who)
{
    if (auto named = workflow.setProfileName(
            who == Who::Writer ? DemoNewsroom::writerName() : DemoNewsroom::approverName());
        !named)
        return named;
    return workflow.setProfileRole(who == Who::Writer ? Role::Writer : Role::Approver);
}

Result<void> fill(Database &db, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const auto &articles = demoArticles();
    // The newsroom's days: one article a day, its steps half an hour apart, ending before now.
    const qint64 days = static_cast<qint64>(articles.size()) + 1;
    ManualClock clock(nowUtc.addDays(-days));
    ArticleStore store(db, clock);
    WorkflowService workflow(db, clock, zone);
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const DemoArticle &demo = articles[i];
        clock.set(nowUtc.addDays(-days + static_cast<qint64>(i)));
        NewArticle article;
        article.content.title = text(demo.title);
        article.content.summary = text(demo.summary);
        article.content.bodyHtml = bodyHtml(demo.paragraphs);
        article.content.author = text(demo.author);
        article.content.category = text(demo.category);
        for (const char16_t *tag : demo.tags)
            article.content.tags << text(tag);
        SaveOptions options;
        options.recordRevision = true;
        options.actor = DemoNewsroom::writerName();
        auto created = store.create(article, options);
        if (!created)
            return created.error();
        for (const Step &step : demo.steps) {
            clock.advanceMs(30 * 60 * 1000);
            if (auto acting = actAs(workflow, step.who); !acting)
                return acting;
            WorkflowRequest request;
            request.articleId = created->id;
            request.action = step.action;
            if (step.note)
                request.note = text(step.note);
            if (step.action == WorkflowAction::Schedule)
                request.scheduledAt = scheduleTime(nowUtc, zone);
            if (auto done = workflow.perform(request); !done)
                return done.error();
        }
    }
    return actAs(workflow, Who::Approver);
}

}  // namespace

QString DemoNewsroom::writerName()
{
    return QStringLiteral("Lò Thị Hoa");
}

QString DemoNewsroom::approverName()
{
    return QStringLiteral("Nguyễn Thanh Hương");
}

QString DemoNewsroom::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo/demo.sqlite3"));
}

Result<int> DemoNewsroom::fillIfEmpty(
    Database &db, const QDateTime &nowUtc, const QTimeZone &portalZone)
{
    const SystemClock unused;
    ArticleStore store(db, unused);
    auto existing = store.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return 0;
    if (auto filled = db.transaction([&] { return fill(db, nowUtc, portalZone); }); !filled)
        return filled.error();
    return static_cast<int>(demoArticles().size());
}

Result<std::unique_ptr<Database>> DemoNewsroom::open(
    const QString &path, const QDateTime &nowUtc, const QTimeZone &portalZone)
{
    Database::Options options;
    options.path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::open(options);
    if (!db)
        return db.error();
    if (auto filled = fillIfEmpty(*db.value(), nowUtc, portalZone); !filled)
        return filled.error();
    return std::move(db.value());
}

}  // namespace newsdesk
