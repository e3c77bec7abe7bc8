// Hostile and broken input: each is refused with a clear message, never a crash or a hang.
#include "document/domaindocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pcitopo;

namespace {

DocumentError refusal(const QByteArray& bytes, const LoadLimits& limits = {}) {
    DocumentError error;
    const auto doc =
        DomainDocument::fromBytes(bytes, QStringLiteral("hostile.xml"), &error, limits);
    if (doc)
        error.message = QStringLiteral("(accepted)");
    return error;
}

QByteArray nested(int depth) {
    QByteArray bytes("<domain>");
    for (int i = 1; i < depth; ++i)
        bytes += "<a>";
    for (int i = 1; i < depth; ++i)
        bytes += "</a>";
    return bytes + "</domain>";
}

const QByteArray billionLaughs(R"(<?xml version="1.0"?>
<!DOCTYPE domain [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<domain><name>&lol9;</name></domain>
)");

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void refusesBytesOverTheSizeCap();
    void refusesAFileOverTheSizeCapBeforeReadingIt();
    void refusesAnEndlessDeviceAtTheCap();
    void refusesDeepNesting();
    void refusesTheBillionLaughs();
    void refusesExternalEntities();
    void refusesParameterEntities();
    void refusesUndeclaredEntityReferences();
    void refusesUtf16();
};

void TestHostileInput::refusesBytesOverTheSizeCap() {
    LoadLimits limits;
    limits.maxBytes = 100;
    const DocumentError error = refusal("<domain>" + QByteArray(200, ' ') + "</domain>", limits);
    QVERIFY2(error.message.contains(QStringLiteral("over the limit of 100 bytes")),
             qPrintable(error.message));
    QCOMPARE(refusal("<domain/>", limits).message, QStringLiteral("(accepted)"));
}

void TestHostileInput::refusesAFileOverTheSizeCapBeforeReadingIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(33) * 1024 * 1024)); // sparse: costs no disk, 33 MiB to read
    file.close();
    DocumentError error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DomainDocument::fromFile(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("over the limit of 33554432 bytes")),
             qPrintable(error.message));
    QCOMPARE(error.file, path);
    qInfo("33 MiB file refused in %lld ms", timer.elapsed());
}

void TestHostileInput::refusesAnEndlessDeviceAtTheCap() {
    // /dev/zero reports size 0: the loader must stop reading at the cap anyway.
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero on this system");
    LoadLimits limits;
    limits.maxBytes = 4096;
    DocumentError error;
    QVERIFY(!DomainDocument::fromFile(QStringLiteral("/dev/zero"), &error, limits));
    QVERIFY2(error.message.contains(QStringLiteral("over the limit of 4096 bytes")),
             qPrintable(error.message));
}

void TestHostileInput::refusesDeepNesting() {
    QCOMPARE(refusal(nested(256)).message, QStringLiteral("(accepted)"));
    const DocumentError error = refusal(nested(257));
    QVERIFY2(error.message.contains(QStringLiteral("nest deeper than 256 levels")),
             qPrintable(error.message));
    QCOMPARE(error.location.line, 1);
    QCOMPARE(error.location.column, 8 + 255 * 3 + 1); // the 257th element's '<'
    LoadLimits limits;
    limits.maxDepth = 10;
    QVERIFY(refusal(nested(11), limits).message.contains(QStringLiteral("deeper than 10")));
    // Far deeper than the cap, still within the size cap: refused at the cap, quickly.
    QVERIFY(refusal(nested(200000)).message.contains(QStringLiteral("deeper than 256")));
}

void TestHostileInput::refusesTheBillionLaughs() {
    QElapsedTimer timer;
    timer.start();
    const DocumentError error = refusal(billionLaughs);
    QVERIFY2(error.message.contains(QStringLiteral("DOCTYPE declares entities")),
             qPrintable(error.message));
    QCOMPARE(error.location.line, 2);
    QCOMPARE(error.location.column, 1);
    QVERIFY2(error.toString().startsWith(QStringLiteral("hostile.xml:2:1: ")),
             qPrintable(error.toString()));
    qInfo("billion laughs refused in %lld ms", timer.elapsed());
}

void TestHostileInput::refusesExternalEntities() {
    const DocumentError error = refusal("<!DOCTYPE domain [\n"
                                        "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                                        "<domain><name>&xxe;</name></domain>");
    QVERIFY2(error.message.contains(QStringLiteral("DOCTYPE declares entities")),
             qPrintable(error.message));
}

void TestHostileInput::refusesParameterEntities() {
    const DocumentError error = refusal("<!DOCTYPE domain [\n<!ENTITY % ext SYSTEM "
                                        "\"http://example.invalid/x.dtd\">\n%ext;\n]>\n<domain/>");
    QVERIFY2(error.message.contains(QStringLiteral("declares entities")),
             qPrintable(error.message));
}

void TestHostileInput::refusesUndeclaredEntityReferences() {
    const DocumentError plain = refusal("<domain>\n  <name>&foo;</name>\n</domain>");
    QVERIFY2(plain.message.contains(QStringLiteral("foo")), qPrintable(plain.message));
    QCOMPARE(plain.location.line, 2);
    const DocumentError inAttribute = refusal("<domain>\n  <name a='&foo;'/>\n</domain>");
    QVERIFY2(inAttribute.message.contains(QStringLiteral("foo")), qPrintable(inAttribute.message));
    QCOMPARE(inAttribute.location.line, 2);
    // With an external DTD nothing is fetched; its entities stay undeclared and are refused.
    const DocumentError external =
        refusal("<!DOCTYPE domain SYSTEM \"http://example.invalid/domain.dtd\">\n"
                "<domain><name>&foo;</name></domain>");
    QVERIFY2(external.message.contains(QStringLiteral("foo")), qPrintable(external.message));
    QVERIFY(external.message != QStringLiteral("(accepted)"));
}

void TestHostileInput::refusesUtf16() {
    const QString text = QStringLiteral("<domain/>");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const DocumentError error = refusal(utf16);
    QVERIFY2(error.message.contains(QStringLiteral("not valid UTF-8")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
