#include "fuzztargets.h"

#include "document/document.h"
#include "interchange/interchange.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Mutates corpus inputs the way a fuzzer does, reproducibly: bit flips, interesting bytes and
// numbers, cut, repeated and spliced ranges.
class Mutator
{
public:
    Mutator(quint32 seed, QList<QByteArrayView> tokens) : m_random(seed), m_tokens(std::move(tokens)) { }

    QByteArray mutate(QByteArray input, const QList<QByteArray> &corpus)
    {
        for (int edits = 1 + m_random.bounded(4); edits > 0; --edits) {
            const qsizetype at = input.isEmpty() ? 0 : m_random.bounded(input.size());
            const qsizetype span = input.isEmpty() ? 0 : 1 + m_random.bounded(qMin<qsizetype>(64, input.size() - at));
            switch (m_random.bounded(7)) {
            case 0:
                if (!input.isEmpty())
                    input[at] = char(input.at(at) ^ (1 << m_random.bounded(8)));
                break;
            case 1:
                if (!input.isEmpty())
                    input[at] = "\x00\xff\x7f\x80\x01"[m_random.bounded(5)];
                break;
            case 2:
                input.remove(at, span);
                break;
            case 3:
                input.insert(at, input.mid(at, span));
                break;
            case 4:
                input.insert(at, m_tokens.at(m_random.bounded(int(m_tokens.size()))));
                break;
            case 5:
                input.replace(at, qMin<qsizetype>(span, 4), m_tokens.at(m_random.bounded(int(m_tokens.size()))).toByteArray());
                break;
            default: {
                const QByteArray &other = corpus.at(m_random.bounded(int(corpus.size())));
                const qsizetype from = other.isEmpty() ? 0 : m_random.bounded(other.size());
                input.replace(at, span, other.mid(from, span));
            }
            }
        }
        return input;
    }

private:
    QRandomGenerator m_random;
    QList<QByteArrayView> m_tokens;
};

QList<QByteArray> readCorpus(const QString &target)
{
    QList<QByteArray> corpus;
    const QDir folder(TestSupport::sourcePath(u"tests/fuzz/corpus/"_s + target));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    return corpus;
}

int iterations(int byDefault)
{
    return qEnvironmentVariableIsSet("FAE_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("FAE_FUZZ_ITERATIONS")
                                                             : byDefault;
}

void run(const char *name, const QList<QByteArray> &corpus, int count, Mutator mutator,
         const std::function<void(const QByteArray &)> &target)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        target(mutator.mutate(corpus.at(i % corpus.size()), corpus));
    qInfo("%s: %d mutated inputs in %.1f s, no crash", name, count, double(timer.elapsed()) / 1000);
}

} // namespace

// The fuzz targets run from the committed corpus (tests/fuzz/corpus/<target>) for a fixed number
// of mutations with a fixed seed: every input must be refused or accepted, never crash. Under
// the sanitizers (CI's sanitizer stage) an overflow or a bad cast fails the run as well.
// FAE_FUZZ_ITERATIONS sets the number of mutations.
class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsAccepted();
    void interchangeReader();
    void documentOpener();
};

void TestFuzz::corpusIsAccepted()
{
    // Mutations of valid inputs reach deeper than noise, so the seeds must be valid.
    const QList<QByteArray> json = readCorpus(u"interchange"_s);
    QVERIFY(json.size() >= 2);
    for (const QByteArray &input : json) {
        const Interchange::ReadResult result = Interchange::read(input, TestSupport::library());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    }
    const QList<QByteArray> files = readCorpus(u"document"_s);
    QVERIFY(files.size() >= 2);
    QTemporaryDir dir;
    for (const QByteArray &input : files) {
        const QString path = dir.filePath(u"seed.fadb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();
        const auto opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY2(opened.document, qPrintable(opened.message));
        QFile::remove(path);
    }
}

void TestFuzz::interchangeReader()
{
    QList<QByteArray> corpus = readCorpus(u"interchange"_s);
    corpus.append(Interchange::write(*TestSupport::sampleDocument()));
    const Mutator mutator(13, { "1e300", "-1e300", "-9223372036854775808", "18446744073709551616", "99999999999999.999999",
                                "-0", "null", "\"\"", "[]", "{}", "\"\\u0000\"", "\"\\ud800\"", ",", ":", "\"",
                                "\"formatVersion\": -1", "\"year\": 1e300", "\"value\": 1e300" });
    run("interchange", corpus, iterations(3000), mutator,
        [](const QByteArray &input) { FuzzTargets::interchange(input, TestSupport::library()); });
}

void TestFuzz::documentOpener()
{
    const QList<QByteArray> corpus = readCorpus(u"document"_s);
    QVERIFY(!corpus.isEmpty());
    // Integers as SQLite stores them (big-endian, varint-ish) and type codes of its records.
    const Mutator mutator(17, { QByteArrayView("\xff\xff\xff\xff", 4), QByteArrayView("\x7f\xff\xff\xff", 4),
                                QByteArrayView("\x80\x00\x00\x00", 4), QByteArrayView("\x00\x00\x00\x00", 4),
                                QByteArrayView("\x00\x00\x00\x01", 4), QByteArrayView("\x0d", 1),
                                QByteArrayView("\x0c", 1), QByteArrayView("\x07", 1), QByteArrayView("\x06", 1),
                                QByteArrayView("\x81\x80\x80\x80\x00", 5) });
    run("document", corpus, iterations(300), mutator,
        [](const QByteArray &input) { FuzzTargets::documentFile(input, TestSupport::library()); });
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
