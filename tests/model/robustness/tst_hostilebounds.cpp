// Hostile inputs beyond the loader's own tests (issue #7): each one, run in a child process,
// gets its clear diagnostic (with line:column) within a bounded time and a bounded growth of
// memory, through the whole pipeline: load → validate → (when valid) libvirt's placement.
#include "boundedrun.h"
#include "document/device.h"
#include "document/domaindocument.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"
#include "validation/validator.h"

#include "hostiledomains.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

// The bound asserted is CPU time (user + system), which the load of a shared 2-core machine does
// not inflate: generous for a sanitizer build, the figures printed are far lower. A child still
// running after the wall-clock limit is killed (a hang).
constexpr int cpuLimitMs = 10000;
constexpr int timeLimitMs = 60000;

QByteArray located(const SourceLocation& where, const QString& message) {
    if (where.line <= 0)
        return QStringLiteral("(the whole domain): %1").arg(message).toUtf8();
    return QStringLiteral("%1:%2: %3").arg(where.line).arg(where.column).arg(message).toUtf8();
}

// What pcitopo tells the user first about `bytes`: the load error, the first validation error,
// or, for a valid domain, what libvirt's placement adds.
QByteArray verdictOf(const QByteArray& bytes) {
    DocumentError error;
    auto document = DomainDocument::fromBytes(bytes, QStringLiteral("hostile.xml"), &error);
    if (!document)
        return error.toString().toUtf8();
    for (const Diagnostic& problem : Validator().validate(*document)) {
        if (problem.isError())
            return located(problem.location, problem.message);
    }
    const LibvirtPlacement placement =
        placeLikeLibvirt(DeviceInventory::read(*document), RuleTable::builtin(), &*document,
                         {[](const PciAddress&) { return std::optional<bool>(); }});
    if (placement.refused())
        return located(placement.errors.first().location, placement.errors.first().message);
    QByteArray added;
    for (const PciControllerInfo* controller : placement.addedControllers())
        added += ' ' + QByteArray::number(controller->index) + ':' + controller->model.toUtf8();
    applyPlacement(*document, placement);
    return "accepted; libvirt adds" + added;
}

} // namespace

class TestHostileBounds : public QObject {
    Q_OBJECT
private slots:
    void hundredThousandDevices();
    void tenThousandDeepNesting();
    void fiftyMegabyteAttributeValue();
    void thirtyMegabyteAttributeValueWithinTheCap();
    void invalidUtf8();
    void nulByte();
    void busOverTheMaximum();
    void negativeSlot();
    void controllerIndexGaps();
    void controllerOnItsOwnBus();
    void controllerOnItsDescendant();

private:
    void expect(const char* name, const std::function<QByteArray()>& input,
                const QByteArray& expected, int maxGrowthMb);
};

// Runs verdictOf(input()) in a child. The input is made there before the measure starts, so
// the time and the memory growth are pcitopo's alone.
void TestHostileBounds::expect(const char* name, const std::function<QByteArray()>& input,
                               const QByteArray& expected, int maxGrowthMb) {
    QByteArray bytes;
    const BoundedRun run = runBounded([&] { return verdictOf(bytes); }, timeLimitMs,
                                      [&] {
                                          bytes = input();
                                          return true;
                                      });
    qInfo("%s: %lld ms CPU (%lld ms wall), peak memory +%lld MiB over the %lld MiB before", name,
          run.workCpuMs, run.workMs, run.growthKb() / 1024, run.startRssKb / 1024);
    QVERIFY2(run.finished, qPrintable(QStringLiteral("%1 did not finish within %2 ms (exit %3)")
                                          .arg(QLatin1String(name))
                                          .arg(timeLimitMs)
                                          .arg(run.exitCode)));
    QCOMPARE(run.output.left(2000), expected.left(2000));
    QVERIFY2(run.workCpuMs < cpuLimitMs,
             qPrintable(QStringLiteral("%1 took %2 ms of CPU, over %3 ms")
                            .arg(QLatin1String(name))
                            .arg(run.workCpuMs)
                            .arg(cpuLimitMs)));
    QVERIFY2(run.growthKb() < qint64(maxGrowthMb) * 1024,
             qPrintable(QStringLiteral("%1 grew by %2 MiB, over %3 MiB")
                            .arg(QLatin1String(name))
                            .arg(run.growthKb() / 1024)
                            .arg(maxGrowthMb)));
}

void TestHostileBounds::hundredThousandDevices() {
    // libvirt 9.0 refuses 8,000 such interfaces on pc with this very message (oracle).
    expect(
        "100,000 devices", [] { return manyInterfaces(100000); },
        "(the whole domain): internal error: a PCI slot is needed to connect a PCI controller "
        "model='pci-bridge', but none is available, and it cannot be automatically added",
        1024);
}

void TestHostileBounds::tenThousandDeepNesting() {
    expect(
        "10,000 levels deep", [] { return nestedDomain(10000); },
        "hostile.xml:1:774: elements nest deeper than 256 levels; refused", 64);
}

void TestHostileBounds::fiftyMegabyteAttributeValue() {
    const auto fiftyMegabytes = [] {
        return domainWith("    <disk type='file'><source file='" +
                          QByteArray(50 * 1024 * 1024, 'a') + "'/></disk>\n");
    };
    expect("50 MB attribute value", fiftyMegabytes,
           "hostile.xml: the file is 52429026 bytes, over the limit of 33554432 bytes; refused",
           160);
    // From a file it is refused before a byte is read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(fiftyMegabytes()), qint64(52429026));
    file.close();
    const BoundedRun run = runBounded(
        [&] {
            DocumentError error;
            DomainDocument::fromFile(path, &error);
            return error.message.toUtf8();
        },
        timeLimitMs);
    qInfo("50 MB file: %lld ms CPU, peak memory +%lld MiB", run.workCpuMs, run.growthKb() / 1024);
    QVERIFY(run.finished);
    QCOMPARE(run.output, QByteArray("the file is 52429026 bytes, over the limit of 33554432 "
                                    "bytes; refused"));
    QVERIFY(run.growthKb() < 8 * 1024);
}

void TestHostileBounds::thirtyMegabyteAttributeValueWithinTheCap() {
    // Under the cap: read, validated and placed; the huge value is just a disk's source file.
    expect(
        "30 MB attribute value",
        [] {
            return domainWith("    <disk type='file' device='disk'><source file='" +
                              QByteArray(30 * 1024 * 1024, 'a') +
                              "'/><target dev='vda' bus='virtio'/></disk>\n");
        },
        "accepted; libvirt adds", 1024);
}

void TestHostileBounds::invalidUtf8() {
    expect(
        "invalid UTF-8",
        [] {
            return domainWith("    <interface type='user'><alias name='n\xC3\x28'/></interface>\n");
        },
        "hostile.xml:8:42: not valid UTF-8 (byte 0xc3 at offset 197)", 64);
}

void TestHostileBounds::nulByte() {
    expect(
        "NUL byte",
        [] {
            return domainWith(QByteArray("    <interface type='user'><alias name='n\0x'/>"
                                         "</interface>\n",
                                         57));
        },
        "hostile.xml:8:42: the control character U+0000 is not allowed in XML", 64);
}

void TestHostileBounds::busOverTheMaximum() {
    expect(
        "bus='0x100'",
        [] {
            return domainWith("    <interface type='user'><model type='virtio'/><address "
                              "type='pci' domain='0x0000' bus='0x100' slot='0x03' "
                              "function='0x0'/></interface>\n");
        },
        "8:50: XML error: Invalid PCI address bus='0x100', must be <= 0xFF", 64);
}

void TestHostileBounds::negativeSlot() {
    expect(
        "slot='-1'",
        [] {
            return domainWith("    <interface type='user'><model type='virtio'/><address "
                              "type='pci' domain='0x0000' bus='0x00' slot='-1' "
                              "function='0x0'/></interface>\n");
        },
        "8:97: XML error: Invalid value for attribute 'slot' in element 'address': '-1'. "
        "Expected non-negative integer value",
        64);
}

void TestHostileBounds::controllerIndexGaps() {
    // libvirt accepts the gap and fills it with pci-bridges 1 and 2 (oracle).
    expect(
        "controller index gaps",
        [] {
            return domainWith("    <controller type='pci' index='0' model='pci-root'/>\n"
                              "    <controller type='pci' index='3' model='pci-bridge'/>\n");
        },
        "accepted; libvirt adds 1:pci-bridge 2:pci-bridge", 64);
}

void TestHostileBounds::controllerOnItsOwnBus() {
    expect(
        "controller on its own bus",
        [] {
            return domainWith("    <controller type='pci' index='0' model='pci-root'/>\n"
                              "    <controller type='pci' index='1' model='pci-bridge'><address "
                              "type='pci' domain='0x0000' bus='0x01' slot='0x01' "
                              "function='0x0'/></controller>\n");
        },
        "9:57: unsupported configuration: PCI controller at index 1 (0x01) has bus='0x01', but "
        "index must be larger than bus",
        64);
}

void TestHostileBounds::controllerOnItsDescendant() {
    // Bridge 1 sits on bridge 2, which sits on bridge 1: a cycle; libvirt names the first.
    expect(
        "controller on its descendant (cycle)",
        [] {
            return domainWith("    <controller type='pci' index='0' model='pci-root'/>\n"
                              "    <controller type='pci' index='1' model='pci-bridge'><address "
                              "type='pci' domain='0x0000' bus='0x02' slot='0x01' "
                              "function='0x0'/></controller>\n"
                              "    <controller type='pci' index='2' model='pci-bridge'><address "
                              "type='pci' domain='0x0000' bus='0x01' slot='0x01' "
                              "function='0x0'/></controller>\n");
        },
        "9:57: unsupported configuration: PCI controller at index 1 (0x01) has bus='0x02', but "
        "index must be larger than bus",
        64);
}

QTEST_GUILESS_MAIN(TestHostileBounds)
#include "tst_hostilebounds.moc"
