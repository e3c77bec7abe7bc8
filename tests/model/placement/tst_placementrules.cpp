// Table-driven unit tests of the placement rules (filled in below).
#include "placement/libvirtplacement.h"

#include <QTest>

using namespace pcitopo;

class TestPlacementRules : public QObject {
    Q_OBJECT
private slots:
    void machineFromString() {
        QCOMPARE(pcitopo::machineFromString(u"pc-q35-7.2"), Machine::Q35);
        QCOMPARE(pcitopo::machineFromString(u"pc-i440fx-7.2"), Machine::Pc);
    }
};

QTEST_GUILESS_MAIN(TestPlacementRules)
#include "tst_placementrules.moc"
