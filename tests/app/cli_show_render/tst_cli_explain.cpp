// `pcitopo explain`, run as the real binary: exact text for the --into answer and golden files
// (golden/explain-*.txt, PCITOPO_UPDATE_GOLDEN=1 rewrites them) for the "where it may go" tables.
#include "../clirun.h"
#include "golden.h"

namespace {

CliRun explain(const QStringList& arguments) {
    return runPcitopo(QStringList{QStringLiteral("explain")} + arguments);
}

const QString kUsage = QStringLiteral("usage: pcitopo explain RULE|DEVICE|MODEL|CODE [--machine "
                                      "q35|pc] [--into CONTROLLER_MODEL]\n");

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT

private slots:
    void intoExactText();
    void wherePciDeviceGoesOnQ35Golden();
    void integratedDeviceGolden();
    void expanderBusGolden();
    void controllerOnWrongMachine();
    void ruleKeyCaseInsensitive();
    void deviceByQemuNameModelOrPaletteId();
    void diagnosticCodeWithRuleAndLink();
    void errors();
};

void TestCliExplain::intoExactText() {
    const CliRun r = explain({QStringLiteral("virtio-net"), QStringLiteral("--machine=pc"),
                              QStringLiteral("--into"), QStringLiteral("pci-root")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out,
             QStringLiteral(
                 "interface-virtio: virtio network card\n"
                 "QEMU device: virtio-net-pci\n"
                 "on pc: conventional PCI\n"
                 "\n"
                 "virtio-net is a PCI Express device on q35: libvirt puts it on a "
                 "pcie-root-port.\n"
                 "source: qemu/qemu_domain_address.c:qemuDomainDeviceCalculatePCIConnectFlags\n"
                 "rule: CONN-2\n"
                 "\n"
                 "virtio-net into pci-root on pc: yes, hotpluggable\n"
                 "pci-root: The root bus of a pc machine: conventional PCI, 31 hotpluggable "
                 "slots. Slot 1 is the PIIX3 chipset.\n"
                 "libvirt documentation: https://libvirt.org/pci-hotplug.html (PCI topology and "
                 "hotplug)\n"));
}

// e1000 on q35: automatic only on the PCI bridges, explicit-only on PCIe slots, refused by
// switch upstream ports and expander buses (checked against libvirt 9.0 with the oracle).
void TestCliExplain::wherePciDeviceGoesOnQ35Golden() {
    const CliRun r =
        explain({QStringLiteral("e1000"), QStringLiteral("--machine"), QStringLiteral("q35")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral(
        "  pcie-root-port               only with an explicit address, hotpluggable\n")));
    QVERIFY(r.out.contains(QStringLiteral("  pcie-expander-bus            no: pcie-expander-bus "
                                          "does not accept a standard PCI device\n")));
    COMPARE_GOLDEN(r.out, QStringLiteral("explain-e1000-q35.txt"));
}

void TestCliExplain::integratedDeviceGolden() {
    const CliRun r = explain({QStringLiteral("virtio-iommu")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(
        r.out.contains(QStringLiteral("  pcie-root                    yes, not hotpluggable\n")));
    QVERIFY(r.out.contains(QStringLiteral(
        "  pcie-root-port               no: an integrated device must sit on bus 0\n")));
    COMPARE_GOLDEN(r.out, QStringLiteral("explain-virtio-iommu.txt"));
}

void TestCliExplain::expanderBusGolden() {
    const CliRun r = explain({QStringLiteral("pcie-expander-bus")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("pcie-expander-bus: PCIe expander bus (pxb-pcie)\n"
                                            "machines: q35\nplugs into: pcie-root\n")));
    COMPARE_GOLDEN(r.out, QStringLiteral("explain-pcie-expander-bus.txt"));
}

void TestCliExplain::controllerOnWrongMachine() {
    const CliRun r = explain(
        {QStringLiteral("pcie-root-port"), QStringLiteral("--machine"), QStringLiteral("pc")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("pcie-root-port: PCIe root port\nmachines: q35\n")));
    QVERIFY(r.out.contains(QStringLiteral("slots: 0-0\n")));
    QVERIFY(r.out.contains(QStringLiteral("hotplug: yes (hotplug='off' turns it off)\n")));
    QVERIFY(r.out.endsWith(QStringLiteral(
        "\npcie-root-port does not exist on pc machines.\n"
        "libvirt documentation: https://libvirt.org/formatdomain.html#controllers (Domain XML "
        "format: Controllers)\n")));
    const CliRun into = explain(
        {QStringLiteral("e1000"), QStringLiteral("--into"), QStringLiteral("pcie-to-pci-bridge")});
    QVERIFY(into.out.contains(
        QStringLiteral("e1000 into pcie-to-pci-bridge on q35: yes, hotpluggable\n")));
    QVERIFY(
        into.out.contains(QStringLiteral("e1000 into pcie-to-pci-bridge on pc: no: "
                                         "pcie-to-pci-bridge does not exist on pc machines\n")));
}

void TestCliExplain::ruleKeyCaseInsensitive() {
    const CliRun r = explain({QStringLiteral("CONN-1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("CONN-1: PCI and PCIe endpoints\n")));
    QVERIFY(r.out.endsWith(QStringLiteral("libvirt documentation: "
                                          "https://libvirt.org/pci-hotplug.html (PCI topology "
                                          "and hotplug)\n")));
    const CliRun lower = explain({QStringLiteral("idx-5")});
    QCOMPARE(lower.exitCode, 0);
    QVERIFY(lower.out.contains(QStringLiteral("libvirt says: PCI controller at index …")));
    QVERIFY(!lower.out.contains(QStringLiteral("%1")));
    QVERIFY(
        lower.out.contains(QStringLiteral("https://libvirt.org/formatdomain.html#controllers")));
}

void TestCliExplain::deviceByQemuNameModelOrPaletteId() {
    const CliRun virtio = explain({QStringLiteral("virtio-net")});
    QVERIFY(virtio.out.startsWith(QStringLiteral("interface-virtio: ")));
    QVERIFY(virtio.out.contains(QStringLiteral("on q35: PCI Express\non pc: conventional PCI\n")));
    QVERIFY(virtio.out.contains(QStringLiteral("where virtio-net may go on q35:\n")));
    QVERIFY(virtio.out.contains(QStringLiteral("where virtio-net may go on pc:\n")));
    QVERIFY(explain({QStringLiteral("qxl")}).out.startsWith(QStringLiteral("video-pci: ")));
    QVERIFY(explain({QStringLiteral("net-virtio")})
                .out.startsWith(QStringLiteral("interface-virtio: ")));
}

void TestCliExplain::diagnosticCodeWithRuleAndLink() {
    const CliRun r = explain({QStringLiteral("pci.index.duplicate")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("pci.index.duplicate (error, define)\n")));
    QVERIFY(r.out.contains(QStringLiteral("\nrule: IDX-1\n")));
    QVERIFY(r.out.endsWith(QStringLiteral("https://libvirt.org/formatdomain.html#controllers "
                                          "(Domain XML format: Controllers)\n")));
}

void TestCliExplain::errors() {
    const CliRun unknown = explain({QStringLiteral("no-such-thing")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.startsWith(
        QStringLiteral("pcitopo explain: nothing is called 'no-such-thing'")));
    const CliRun badInto =
        explain({QStringLiteral("e1000"), QStringLiteral("--into"), QStringLiteral("virtio-scsi")});
    QCOMPARE(badInto.exitCode, 1);
    QCOMPARE(badInto.err, QStringLiteral("pcitopo explain: 'virtio-scsi' is not a PCI controller "
                                         "model (try pcie-root-port, pci-bridge, pcie-root …)\n"));
    const CliRun none = explain({});
    QCOMPARE(none.exitCode, 2);
    QCOMPARE(none.err, QStringLiteral("pcitopo explain: what to explain is missing\n") + kUsage);
    const CliRun machine =
        explain({QStringLiteral("e1000"), QStringLiteral("--machine"), QStringLiteral("virt")});
    QCOMPARE(machine.exitCode, 2);
    QCOMPARE(machine.err,
             QStringLiteral("pcitopo explain: unknown machine 'virt' (q35 or pc)\n") + kUsage);
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
