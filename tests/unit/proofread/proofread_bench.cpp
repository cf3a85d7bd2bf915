// Proofreading benchmarks: a 5,000-word article through every rule with spell checking on.
//
//   build/default/tests/unit/proofread/proofread_bench
//
// "Realistic": sentences in the style of a local-government news article, shuffled to 5,000
// syllables, with a few mistakes of every kind mixed in. "Synthetic": tests/bench's generated
// syllables, many of which are not Vietnamese, as a worst case for the dictionary look-ups.
// Each runs a fixed loop and reports median and p95 in milliseconds, cold (a new
// SpellChecker, so an empty cache, each time; loading the dictionary is not timed) and warm
// (the same checker again, as when the editor re-checks an article after an edit).
#include "CorpusGenerator.h"
#include "text/VietnameseText.h"
#include "text/proofread/Proofreader.h"
#include "text/proofread/SpellChecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace newsdesk;
using namespace newsdesk::proofread;

namespace {

constexpr int kWords = 5000;

const char16_t *const kSentences[] = {
    u"Ủy ban nhân dân tỉnh vừa ban hành kế hoạch triển khai Nghị quyết của Tỉnh ủy về phát "
    u"triển kinh tế xã hội năm 2024.",
    u"Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng vốn đầu tư công đã giải ngân đạt 1.250 tỷ "
    u"đồng, tăng 12,5% so với cùng kỳ.",
    u"Thị xã Mường Lay đảm bảo tiến độ các công trình trọng điểm, nhất là đường giao thông và "
    u"trường học.",
    u"Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành phối hợp chặt chẽ với địa phương.",
    u"Hội nghị đã thảo luận và thống nhất nhiều giải pháp nâng cao chất lượng giáo dục vùng cao.",
    u"Công tác cải cách hành chính được quan tâm chỉ đạo, người dân hài lòng với thủ tục mới.",
    u"Trong năm, toàn tỉnh có thêm 15 xã đạt chuẩn nông thôn mới, nâng tổng số lên 62 xã.",
    u"Ông Nguyễn Văn A, Chủ tịch HĐND huyện, cho biết: “Chúng tôi sẽ tiếp tục lắng nghe ý kiến "
    u"của cử tri.”",
    u"Ngành y tế tăng cường kiểm tra an toàn thực phẩm tại các chợ và bếp ăn tập thể.",
    u"Lực lượng công an phối hợp với Ủy ban MTTQ tuyên truyền phòng chống tội phạm.",
    u"Các hộ nghèo được hỗ trợ vay vốn ưu đãi để phát triển sản xuất, chăn nuôi gia súc.",
    u"Tỉnh đã tổ chức thành công lễ hội hoa ban, thu hút hàng nghìn lượt khách du lịch.",
    u"Sở Tài nguyên và Môi trường đề nghị các huyện rà soát quy hoạch sử dụng đất đến năm 2030.",
    u"Hệ thống thủy lợi được nâng cấp, bảo đảm nước tưới cho hơn 3.000 ha lúa vụ đông xuân.",
    u"Chương trình chuyển đổi số được triển khai đồng bộ, nhiều dịch vụ công trực tuyến mức độ 4 "
    u"đã đi vào hoạt động.",
    u"Lãnh đạo tỉnh biểu dương những tập thể, cá nhân có thành tích xuất sắc trong phong trào "
    u"thi đua yêu nước.",
    u"Người dân có thể tra cứu thông tin tại cổng thông tin điện tử dienbien.gov.vn hoặc gọi "
    u"đường dây nóng.",
    u"Kết quả kiểm tra cho thấy phần lớn đơn vị thực hiện nghiêm quy định về phòng cháy chữa "
    u"cháy.",
    u"Hội Liên hiệp Phụ nữ tỉnh phát động cuộc vận động xây dựng gia đình no ấm, tiến bộ, hạnh "
    u"phúc.",
    u"Đoàn công tác đã kiểm tra thực tế tại công trường và làm việc với nhà thầu thi công.",
};

// Mistakes mixed in at about one per 250 words: what the rules are for.
const char16_t *const kMistakes[] = {
    u"Dự án được được triển khai đúng tiến độ.",
    u"Tăng cường đầu tư.Thực hiện tốt công tác văn hóa,văn nghệ.",
    u"Tổng quátnăm nay có nhiều kết quả tích cực.",
    u"Quyêt tâm hoàn thành kế hoạch  năm , bảo đảm hòa hợp.",
    u"Ông nói: “Phải làm ngay.",
    u"Các nghiẹp vụ chuyên môn đươc hướng dẫn cụ thể (theo văn bản số 12.",
};

QString realisticArticle()
{
    std::mt19937 random(20261127);
    const int sentences = int(std::size(kSentences));
    QString text = QStringLiteral("Tỉnh triển khai nhiệm vụ phát triển kinh tế xã hội năm 2024\n");
    int words = 0;
    int paragraph = 0;
    size_t mistake = 0;
    while (words < kWords) {
        QString sentence;
        if (words / 250 > int(mistake) && mistake < std::size(kMistakes) * 3)
            sentence = QString::fromUtf16(kMistakes[mistake++ % std::size(kMistakes)]);
        else
            sentence = QString::fromUtf16(kSentences[random() % unsigned(sentences)]);
        text += sentence;
        words += text::wordCount(sentence);
        text += ++paragraph % 5 == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return text;
}

QString syntheticArticle()
{
    bench::CorpusGenerator generator;
    QString text;
    int words = 0;
    while (words < kWords) {
        const QString sentence = generator.sentence(8, 30);
        text += sentence + QLatin1Char(' ');
        words += text::wordCount(sentence);
    }
    return text;
}

std::unique_ptr<SpellChecker> openDictionary(benchmark::State &state)
{
    auto spell = SpellChecker::open();
    if (!spell) {
        state.SkipWithError(spell.error().message.toStdString().c_str());
        return nullptr;
    }
    return std::move(spell).value();
}

void report(benchmark::State &state, std::vector<double> values, int findings)
{
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    state.counters[QStringLiteral("median_ms").toStdString()] = at(0.5);
    state.counters[QStringLiteral("p95_ms").toStdString()] = at(0.95);
    state.counters[QStringLiteral("findings").toStdString()] = findings;
}

void runCheck(benchmark::State &state, const QString &text, bool cold)
{
    auto spell = openDictionary(state);
    if (!spell)
        return;
    std::vector<double> millis;
    int findings = 0;
    for (auto _ : state) {
        for (int i = 0; i < 15; ++i) {
            if (cold) {
                state.PauseTiming();
                spell = openDictionary(state);
                state.ResumeTiming();
            }
            const Proofreader proofreader(spell.get());
            QElapsedTimer timer;
            timer.start();
            const auto found = proofreader.check(text);
            millis.push_back(double(timer.nsecsElapsed()) / 1e6);
            findings = int(found.size());
            benchmark::DoNotOptimize(found);
        }
    }
    report(state, millis, findings);
}

void BM_RealisticArticleCold(benchmark::State &state)
{
    static const QString text = realisticArticle();
    runCheck(state, text, true);
}

void BM_RealisticArticleWarm(benchmark::State &state)
{
    static const QString text = realisticArticle();
    runCheck(state, text, false);
}

void BM_SyntheticSyllablesCold(benchmark::State &state)
{
    static const QString text = syntheticArticle();
    runCheck(state, text, true);
}

}  // namespace

BENCHMARK(BM_RealisticArticleCold)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RealisticArticleWarm)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyntheticSyllablesCold)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
