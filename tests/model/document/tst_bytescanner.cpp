// The byte scanner (issue #15) against the reader it replaced (QXmlStreamReader and a UTF-16
// lexer, kept in reference/): over every domain XML the team has (corpus, rule cases, examples,
// fuzz regressions) and mutated variants of each (truncated, a byte flipped, a '<', '&' or quote
// inserted), both must accept and refuse the same inputs and build the same span index. Where a
// refusal's line differs, QXmlStreamReader reports where its look-ahead stopped (often the next
// line) and the scanner the offending byte.
#include "document/bytescanner.h"
#include "document/domaindocument.h"
#include "reference/referencereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace pcitopo;
using namespace pcitopo::detail;

namespace {

struct Verdict {
    bool accepted = false;
    ElementIndex index;
    int line = 0;
    QString message;
    char refusedAt = 0; // the byte where the scanner stopped
};

// QXmlStreamReader takes these ASCII characters for name characters; XML 1.0 (and libxml2, which
// libvirt reads with) does not: the scanner refusing `<disk a~b='1'/>` is the right answer.
bool readerTakesForName(char c) {
    return c != 0 && QByteArrayView("!#$%()*+,;@[\\]^`{|}~\x7f").contains(c);
}

const QByteArray byteOrderMark("\xEF\xBB\xBF");

std::string_view bodyOf(const QByteArray& bytes) {
    const qsizetype mark = bytes.startsWith(byteOrderMark) ? 3 : 0;
    return {bytes.constData() + mark, size_t(bytes.size() - mark)};
}

Verdict scanned(const QByteArray& bytes) {
    Verdict verdict;
    const std::string_view body = bodyOf(bytes);
    const auto failure = indexUtf8(body, ScanMode::Document, LoadLimits().maxDepth, verdict.index);
    verdict.accepted = !failure;
    if (failure) {
        verdict.line = byteLocation(body, failure->offset).line;
        verdict.message = failure->message;
        if (size_t(failure->offset) < body.size())
            verdict.refusedAt = body[size_t(failure->offset)];
    }
    return verdict;
}

// What DomainDocument did before the byte scanner, step by step (domaindocument.cpp, git history).
Verdict referenceRead(const QByteArray& bytes) {
    Verdict verdict;
    const std::string_view body = bodyOf(bytes);
    const QByteArray raw(body.data(), qsizetype(body.size()));
    const QString text = QString::fromUtf8(raw);
    const auto lineOf = [&](qsizetype offset) {
        return byteLocation(body, text.left(offset).toUtf8().size()).line;
    };
    if (const QByteArray reencoded = text.toUtf8(); reencoded != raw) {
        qsizetype bad = 0; // the first byte that differs, back to its character's first byte
        while (bad < raw.size() && bad < reencoded.size() && raw[bad] == reencoded[bad])
            ++bad;
        while (bad > 0 && (uchar(raw[bad]) & 0xC0) == 0x80)
            --bad;
        verdict.line = byteLocation(body, bad).line;
        verdict.message = QStringLiteral("not valid UTF-8");
        return verdict;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            verdict.line = lineOf(i);
            verdict.message = QStringLiteral("control character");
            return verdict;
        }
    }
    if (const auto failure = reference::validateXml(text, false, LoadLimits().maxDepth)) {
        verdict.line = lineOf(failure->offset);
        verdict.message = failure->message;
        return verdict;
    }
    reference::scanElements(text, verdict.index);
    if (verdict.index.elements.empty()) {
        verdict.message = QStringLiteral("no root element");
        return verdict;
    }
    const auto& root = verdict.index.elements.front();
    if (QStringView(text).mid(root.start + 1, root.nameLength) != u"domain") {
        verdict.line = lineOf(root.start);
        verdict.message = QStringLiteral("not <domain>");
        return verdict;
    }
    verdict.accepted = true;
    return verdict;
}

bool sameIndex(const ElementIndex& a, const ElementIndex& b) {
    if (a.elements.size() != b.elements.size() || a.attributes.size() != b.attributes.size())
        return false;
    for (size_t i = 0; i < a.elements.size(); ++i) {
        const ElementRecord& x = a.elements[i];
        const ElementRecord& y = b.elements[i];
        if (x.start != y.start || x.end != y.end || x.contentStart != y.contentStart ||
            x.contentEnd != y.contentEnd || x.parent != y.parent || x.depth != y.depth ||
            x.subtreeEnd != y.subtreeEnd || x.nameLength != y.nameLength ||
            x.attributeBegin != y.attributeBegin || x.attributeCount != y.attributeCount ||
            x.selfClosing != y.selfClosing)
            return false;
    }
    for (size_t i = 0; i < a.attributes.size(); ++i) {
        const AttributeSpan& x = a.attributes[i];
        const AttributeSpan& y = b.attributes[i];
        if (x.nameOffset != y.nameOffset || x.nameLength != y.nameLength ||
            x.valueOffset != y.valueOffset || x.valueLength != y.valueLength || x.quote != y.quote)
            return false;
    }
    return true;
}

QStringList domainFiles() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    const QString source = QStringLiteral(PCITOPO_SOURCE_DIR);
    QStringList files;
    const QStringList roots = {shared + QStringLiteral("/corpus"),
                               shared + QStringLiteral("/pci-rules-cases"),
                               source + QStringLiteral("/resources/examples"),
                               source + QStringLiteral("/tests/model/robustness/fuzz-regressions")};
    for (const QString& root : roots) {
        QDirIterator it(root, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/inputs/")) || !path.startsWith(shared))
                files << path;
        }
    }
    files.sort();
    return files;
}

// Deterministic variants of `bytes`: truncated, one byte flipped, one markup character inserted.
QList<QByteArray> mutationsOf(const QByteArray& bytes, quint32 seed) {
    QRandomGenerator random(seed);
    QList<QByteArray> variants;
    const auto position = [&] { return qsizetype(random.bounded(int(bytes.size()) + 1)); };
    for (int k = 0; k < 2; ++k)
        variants << bytes.left(position());
    for (int k = 0; k < 3; ++k) {
        QByteArray flipped = bytes;
        if (!flipped.isEmpty()) {
            const qsizetype at = qMin(position(), bytes.size() - 1);
            flipped[at] = char(uchar(flipped[at]) ^ (1u << random.bounded(8)));
        }
        variants << flipped;
    }
    for (const char inserted : {'<', '&', '"', '\'', '>', ']'}) {
        QByteArray changed = bytes;
        variants << changed.insert(position(), inserted);
    }
    return variants;
}

} // namespace

class TestByteScanner : public QObject {
    Q_OBJECT
private slots:
    void agreesWithTheQXmlStreamReaderPath();
    void splicesAgreeWithTheQXmlStreamReaderPath();
    void refusesWhatIsNotWellFormed_data();
    void refusesWhatIsNotWellFormed();
    void acceptsWhatIsWellFormed_data();
    void acceptsWhatIsWellFormed();
    void indexesNonAsciiTextInUtf16Units();
};

void TestByteScanner::agreesWithTheQXmlStreamReaderPath() {
    const QStringList files = domainFiles();
    QVERIFY2(files.size() > 100, qPrintable(QStringLiteral("only %1 files").arg(files.size())));
    int originals = 0, identical = 0, variants = 0, verdictsAgree = 0, refusals = 0, linesAgree = 0,
        laxNames = 0;
    QStringList disagreements;
    quint32 seed = 1;
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Verdict mine = scanned(bytes);
        const Verdict theirs = referenceRead(bytes);
        ++originals;
        if (mine.accepted == theirs.accepted &&
            (!mine.accepted || sameIndex(mine.index, theirs.index)))
            ++identical;
        else
            disagreements << QStringLiteral("%1: scanner %2, reference %3")
                                 .arg(path,
                                      mine.accepted ? QStringLiteral("accepts") : mine.message,
                                      theirs.accepted ? QStringLiteral("accepts") : theirs.message);
        for (const QByteArray& variant : mutationsOf(bytes, seed++)) {
            const Verdict m = scanned(variant);
            const Verdict t = referenceRead(variant);
            ++variants;
            if (!m.accepted && t.accepted && readerTakesForName(m.refusedAt)) {
                ++laxNames;
                continue;
            }
            if (m.accepted != t.accepted || (m.accepted && !sameIndex(m.index, t.index))) {
                disagreements << QStringLiteral("%1 (variant %2): scanner %3, reference %4")
                                     .arg(path)
                                     .arg(variants)
                                     .arg(m.accepted ? QStringLiteral("accepts") : m.message,
                                          t.accepted ? QStringLiteral("accepts") : t.message);
                continue;
            }
            ++verdictsAgree;
            if (!m.accepted) {
                ++refusals;
                linesAgree += m.line == t.line ? 1 : 0;
            }
        }
    }
    qInfo("index identical %d/%d, mutated variants agree %d/%d (refusals %d, on the same line "
          "%d/%d); the scanner alone refuses %d with a character XML forbids in a name",
          identical, originals, verdictsAgree, variants - laxNames, refusals, linesAgree, refusals,
          laxNames);
    for (const QString& d : std::as_const(disagreements).first(qMin(40, disagreements.size())))
        qInfo("%s", qPrintable(d));
    QCOMPARE(disagreements.size(), 0);
}

// Element offsets and names of a document, to compare an edited one with a fresh load.
static QStringList spansOf(const DomainDocument& doc) {
    QStringList spans;
    for (ElementId id = 0; id < doc.elementCount(); ++id) {
        QStringList attributes;
        for (const auto& [name, value] : doc.attributes(id))
            attributes << name + u'=' + value;
        spans << QStringLiteral("%1 %2 %3-%4 %5 %6")
                     .arg(id)
                     .arg(doc.name(id))
                     .arg(doc.startOffset(id))
                     .arg(doc.endOffset(id))
                     .arg(doc.parent(id))
                     .arg(attributes.join(u' '));
    }
    return spans;
}

// Splices (what every edit and undo is) re-read only the region they touch, as element content:
// each mutated replacement of a device is accepted exactly when the whole edited text is
// well-formed for the reference, and an accepted one leaves the index of a fresh load.
void TestByteScanner::splicesAgreeWithTheQXmlStreamReaderPath() {
    int splices = 0, agree = 0, laxNames = 0;
    QStringList disagreements;
    quint32 seed = 7;
    for (const QString& path : domainFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto document = DomainDocument::fromBytes(file.readAll(), path, nullptr);
        if (!document || document->deviceElements().isEmpty())
            continue;
        const QList<ElementId> devices = document->deviceElements();
        const ElementId device = devices.at(int(seed % quint32(devices.size())));
        const int start = document->startOffset(device);
        const QString original = document->text().mid(start, document->endOffset(device) - start);
        for (const QByteArray& variant : mutationsOf(original.toUtf8(), seed++)) {
            const QString replacement = QString::fromUtf8(variant);
            if (replacement.toUtf8() != variant)
                continue; // not valid UTF-8: a QString cannot carry it into a splice
            DomainDocument edited = *document;
            const TextSplice splice{start, original, replacement};
            const bool accepted = edited.apply(splice);
            QString text = document->text();
            text.replace(start, original.size(), replacement);
            const Verdict reference = referenceRead(text.toUtf8());
            ++splices;
            if (!accepted && reference.accepted) {
                const Verdict mine = scanned(text.toUtf8());
                if (readerTakesForName(mine.refusedAt)) {
                    ++laxNames;
                    continue;
                }
            }
            if (accepted != reference.accepted) {
                disagreements << QStringLiteral("%1 splice %2: apply %3, reference %4")
                                     .arg(path)
                                     .arg(splices)
                                     .arg(accepted ? u"accepts" : u"refuses")
                                     .arg(reference.accepted ? QStringLiteral("accepts")
                                                             : reference.message);
                continue;
            }
            if (accepted) {
                const auto fresh = DomainDocument::fromBytes(edited.toBytes(), path, nullptr);
                if (!fresh || spansOf(*fresh) != spansOf(edited)) {
                    disagreements << QStringLiteral("%1 splice %2: index differs from a fresh "
                                                    "load")
                                         .arg(path)
                                         .arg(splices);
                    continue;
                }
                QVERIFY(edited.apply(splice.inverted()));
                QCOMPARE(edited.text(), document->text());
            }
            ++agree;
        }
    }
    qInfo("splices agree %d/%d; the scanner alone refuses %d with a character XML forbids in a "
          "name",
          agree, splices - laxNames, laxNames);
    for (const QString& d : std::as_const(disagreements).first(qMin(40, disagreements.size())))
        qInfo("%s", qPrintable(d));
    QCOMPARE(disagreements.size(), 0);
}

void TestByteScanner::refusesWhatIsNotWellFormed_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    // The reference refuses each as well, except where it is laxer than XML 1.0 (named so).
    QTest::newRow("mismatched end tag")
        << QByteArray("<domain>\n  <a>\n  </b>\n</domain>") << "3:3"
        << "the end tag </b> does not match the start tag <a> (line 2)";
    QTest::newRow("unclosed") << QByteArray("<domain>\n  <a>\n") << "3:1"
                              << "the document ends before <a> (line 2) is closed";
    QTest::newRow("duplicate attribute") << QByteArray("<domain a='1' a='2'/>") << "1:15"
                                         << "the attribute 'a' appears twice";
    QTest::newRow("attributes not separated") << QByteArray("<domain a='1'b='2'/>") << "1:14"
                                              << "expected a space";
    QTest::newRow("unquoted value") << QByteArray("<domain a=1/>") << "1:11"
                                    << "expected a quoted value";
    QTest::newRow("'<' in a value") << QByteArray("<domain a='<'/>") << "1:12"
                                    << "'<' is not";
    QTest::newRow("bare '&'") << QByteArray("<domain>a & b</domain>") << "1:11"
                              << "'&' starts no reference";
    QTest::newRow("undeclared entity") << QByteArray("<domain>&nbsp;</domain>") << "1:9"
                                       << "reference to the undeclared entity '&nbsp;'";
    QTest::newRow("reference to NUL") << QByteArray("<domain>&#0;</domain>") << "1:9"
                                      << "'&#0;' is not a character allowed";
    QTest::newRow("reference beyond Unicode") << QByteArray("<domain>&#x110000;</domain>") << "1:9"
                                              << "not a character allowed";
    QTest::newRow("huge reference")
        << QByteArray("<domain>&#99999999999999999999;</domain>") << "1:9"
        << "not a character allowed";
    QTest::newRow("']]>' in text") << QByteArray("<domain>]]></domain>") << "1:9"
                                   << "']]>'";
    QTest::newRow("'--' in a comment") << QByteArray("<domain><!-- a -- b --></domain>") << "1:16"
                                       << "'--' is not allowed";
    QTest::newRow("unclosed comment") << QByteArray("<domain><!-- a") << "1:15"
                                      << "not closed";
    QTest::newRow("second root") << QByteArray("<domain/>\n<domain/>") << "2:1"
                                 << "a second root element";
    QTest::newRow("text after the root") << QByteArray("<domain/>x") << "1:10"
                                         << "text after the root element";
    QTest::newRow("late XML declaration") << QByteArray(" <?xml version='1.0'?><domain/>") << "1:2"
                                          << "only at the very start";
    QTest::newRow("Latin-1 declared, not ASCII (reference lax: ignores the declaration)")
        << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><domain>\xC3\xA9</domain>")
        << "1:30"
        << "pcitopo reads UTF-8 only";
    QTest::newRow("bad name") << QByteArray("<domain><1a/></domain>") << "1:10"
                              << "expected an element name";
    QTest::newRow("malformed DOCTYPE") << QByteArray("<!DOCTYPE domain x><domain/>") << "1:18"
                                       << "malformed DOCTYPE";
    QTest::newRow("PUBLIC without its system identifier")
        << QByteArray("<!DOCTYPE domain PUBLIC 'p'><domain/>") << "1:28"
        << "expected a quoted identifier";
    QTest::newRow("overlong UTF-8") << QByteArray("<domain>\xC0\xAF</domain>") << "1:9"
                                    << "not valid UTF-8 (byte 0xc0 at offset 8)";
    QTest::newRow("UTF-8 surrogate") << QByteArray("<domain>\xED\xA0\x80</domain>") << "1:9"
                                     << "not valid UTF-8";
    QTest::newRow("U+FFFE") << QByteArray("<domain>\xEF\xBF\xBE</domain>") << "1:9"
                            << "U+FFFE is not allowed";
    QTest::newRow("CDATA outside the root") << QByteArray("<![CDATA[x]]><domain/>") << "1:1"
                                            << "CDATA section outside";
    QTest::newRow("DOCTYPE after the root (reference lax)")
        << QByteArray("<domain/><!DOCTYPE domain>") << "1:10"
        << "DOCTYPE is allowed only once";
    QTest::newRow("'~' in a name (reference lax)") << QByteArray("<domain a~b='1'/>") << "1:10"
                                                   << "expected '=' after the attribute name 'a'";
}

void TestByteScanner::refusesWhatIsNotWellFormed() {
    QFETCH(QByteArray, xml);
    QFETCH(QString, where);
    QFETCH(QString, message);
    DocumentError error;
    QVERIFY(!DomainDocument::fromBytes(xml, QStringLiteral("f.xml"), &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(QStringLiteral("%1:%2").arg(error.location.line).arg(error.location.column), where);
    if (!QString::fromLatin1(QTest::currentDataTag()).contains(QStringLiteral("reference lax")))
        QVERIFY2(!referenceRead(xml).accepted, "the QXmlStreamReader path refuses it as well");
}

void TestByteScanner::acceptsWhatIsWellFormed_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("everything") << QByteArray(
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone='yes'?>\n"
        "<!-- before -->\n<?pi data?>\n<!DOCTYPE domain SYSTEM \"x.dtd\" [ <!ELEMENT a ANY> ]>\n"
        "<domain type='kvm' xmlns:q=\"http://q\">\r\n  <q:a  b = 'x&amp;&#10;&#x263A;' />\r"
        "  <c><![CDATA[<&]]>&lt;&gt;&quot;&apos;</c><!-- - --><?p?>\n</domain   >\n<!-- after -->");
    QTest::newRow("non-ASCII names and text")
        << QByteArray("<domain><\xC3\xA9l\xC3\xA9ment attr\xC2\xB7='\xF0\x9F\x98\x80'>"
                      "\xE2\x82\xAC</\xC3\xA9l\xC3\xA9ment></domain>");
    // XML 1.0 takes ':' for a name character anywhere, and so do libxml2 and libvirt (a
    // namespace warning at most); QXmlStreamReader wanted prefix:local names.
    QTest::newRow("colons anywhere (reference strict)")
        << QByteArray("<domain><:a b:c:d='1' e:='2'/><f:/></domain>");
    QTest::newRow("XML 1.0 fifth edition names (reference strict)")
        << QByteArray("<domain><x\xEF\xBB\xBFy/><\xF0\x90\x80\x80x/></domain>");
    QTest::newRow("ASCII declared Latin-1")
        << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><domain/>");
}

void TestByteScanner::acceptsWhatIsWellFormed() {
    QFETCH(QByteArray, xml);
    const Verdict mine = scanned(xml);
    QVERIFY2(mine.accepted, qPrintable(mine.message));
    if (QString::fromLatin1(QTest::currentDataTag()).contains(QStringLiteral("reference strict")))
        return;
    const Verdict theirs = referenceRead(xml);
    QVERIFY2(theirs.accepted, qPrintable(theirs.message));
    QVERIFY(sameIndex(mine.index, theirs.index));
}

void TestByteScanner::indexesNonAsciiTextInUtf16Units() {
    const QByteArray xml("<domain><n a='\xF0\x9F\x98\x80\xC3\xA9'>\xE2\x82\xAC</n><m/></domain>");
    const auto document = DomainDocument::fromBytes(xml, QString(), nullptr);
    QVERIFY(document);
    const ElementId n = document->firstChild(document->root(), u"n");
    const ElementId m = document->firstChild(document->root(), u"m");
    QCOMPARE(document->attribute(n, u"a"), QString::fromUtf8("\xF0\x9F\x98\x80\xC3\xA9"));
    QCOMPARE(document->text(n), QString::fromUtf8("\xE2\x82\xAC"));
    QCOMPARE(document->name(m), QStringLiteral("m"));
    QCOMPARE(document->text().mid(document->startOffset(m), 4), QStringLiteral("<m/>"));
    // Columns count bytes: <m/> starts after 29 bytes on its line.
    QCOMPARE(document->location(m).column, 30);
}

QTEST_GUILESS_MAIN(TestByteScanner)
#include "tst_bytescanner.moc"
