// The editor in German: the main window starts with the de_DE catalogue (built from
// translations/pcitopo_de.ts by lrelease and embedded at :/i18n) and shows translated menus,
// panels, slot descriptions and the rule table's teaching texts.
#include "editortestsupport.h"

#include "problems/fixtext.h"
#include "problems/problemsview.h"

#include "common/translations.h"
#include "graph/slotdescription.h"
#include "inspector/inspectorview.h"
#include "rules/ruletable.h"
#include "rules/ruletext.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTreeView>

using namespace pcitopo;
using namespace pcitopo::testing;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void menusTitleAndPanelsAreGerman();
    void inspectorShowsTheGermanTeachingText();
    void problemFixesAreGerman();
    void ruleTableTextsAreTranslated();
    void slotDescriptionsAreGerman();
    void theEditorFollowsTheLanguageVariable();
    void theEditorFollowsTheLanguageVariable_data();
    void englishHasNoCatalogue(); // last: removes the German catalogue
};

void TestTranslations::initTestCase() {
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QVERIFY2(installTranslations(QLocale(QStringLiteral("de_DE"))),
             "no German catalogue at :/i18n/pcitopo_de.qm");
}

// The problems panel words a fix in German from the fix's data (q35-desktop lacks a free
// hotpluggable port: "pcie-root-port hinzufügen"), while the CLI keeps the model's English.
void TestTranslations::problemFixesAreGerman() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    auto* list = window->problemsView()->findChild<QTreeView*>();
    QVERIFY(list);
    QStringList fixes;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        fixes << list->model()->index(row, 3).data().toString();
    QVERIFY2(std::any_of(fixes.cbegin(), fixes.cend(),
                         [](const QString& fix) {
                             return fix.contains(QStringLiteral("pcie-root-port hinzufügen"));
                         }),
             qPrintable(fixes.join(u'|')));
    QCOMPARE(fixText(SuggestedFix::moveTo(NoElement, PciAddress{0, 0, 3, 0, {}})),
             QStringLiteral("Verschieben nach 00:03.0"));
}

void TestTranslations::menusTitleAndPanelsAreGerman() {
    auto window = openWindow();
    QStringList menus;
    for (QAction* action : window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                 QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
    QVERIFY2(window->windowTitle().startsWith(QStringLiteral("unbenannt.xml")),
             qPrintable(window->windowTitle()));
    auto* inspector = window->findChild<QDockWidget*>(QStringLiteral("InspectorDock"));
    QVERIFY(inspector);
    QCOMPARE(inspector->windowTitle(), QStringLiteral("Inspektor"));
    auto* problems = window->findChild<QDockWidget*>(QStringLiteral("ProblemsDock"));
    QVERIFY(problems);
    QCOMPARE(problems->windowTitle(), QStringLiteral("Probleme"));
}

void TestTranslations::inspectorShowsTheGermanTeachingText() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const int nic = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.model == u"virtio";
    });
    QVERIFY(nic >= 0);
    context->select(context->topology().inventory().devices.at(nic).element);
    settle();
    auto* teaching = window->inspectorView()->findChild<QLabel*>(QStringLiteral("teaching"));
    QVERIFY(teaching);
    const EndpointRule* rule =
        context->rules().endpointRule(context->topology().inventory().devices.at(nic));
    QVERIFY(rule);
    QCOMPARE(teaching->text(), QStringLiteral("virtio-net ist auf q35 ein PCI-Express-Gerät: "
                                              "libvirt setzt es auf einen pcie-root-port."));
    QVERIFY(teaching->text() != rule->info.teaching); // the English text of the rule table
}

// The rule table's teaching texts have German translations. A text added or reworded since the
// last `update_translations` falls back to English: listed here, and tolerated up to a tenth of
// the table so that a rule added on another branch does not break the build before translation.
void TestTranslations::ruleTableTextsAreTranslated() {
    const RuleTable& rules = RuleTable::builtin();
    QStringList untranslated;
    auto check = [&](const QString& english) {
        if (!english.isEmpty() && translatedRuleText(english) == english)
            untranslated << english;
    };
    for (const RuleInfo& rule : rules.rules())
        check(rule.teaching);
    for (const ControllerModelRule& controller : rules.controllerModels())
        check(controller.info.teaching);
    for (const EndpointRule& endpoint : rules.endpointRules())
        check(endpoint.info.teaching);
    const int total =
        int(rules.rules().size() + rules.controllerModels().size() + rules.endpointRules().size());
    qInfo("teaching texts translated: %d/%d", total - int(untranslated.size()), total);
    for (const QString& text : std::as_const(untranslated))
        qInfo("untranslated: %s", qPrintable(text));
    QVERIFY2(untranslated.size() * 10 <= total, "the German catalogue lags the rule table");
    QCOMPARE(translatedRuleText(QStringLiteral("Network")), QStringLiteral("Netzwerk"));
}

void TestTranslations::slotDescriptionsAreGerman() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    const QString text = SlotDescription::describe(window->context()->topology(), 2, 0);
    QCOMPARE(text, QStringLiteral("Bus 2, pcie-root-port, Steckplatz 0, leer, Hotplug-fähig"));
    // The reason comes from the model in English; the graph and the screen reader say it in
    // German.
    QCOMPARE(SlotDescription::describe(window->context()->topology(), 0, 0),
             QStringLiteral("Bus 0, pcie-root, Steckplatz 0, reserviert, Host-Brücke"));
}

void TestTranslations::theEditorFollowsTheLanguageVariable_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("description");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral("Editor für die PCI-Topologie von libvirt-Domain-XML.");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("Editor for the PCI topology of libvirt domain XML.");
}

// The real binary, as a user starts it: no --lang, the language comes from LANGUAGE (the
// editor's --help-all is printed after the catalogue is installed).
void TestTranslations::theEditorFollowsTheLanguageVariable() {
    QFETCH(QString, language);
    QFETCH(QString, description);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PCITOPO_BINARY), {QStringLiteral("--help-all")});
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(description), qPrintable(out));
}

// Runs last: English is the source language, so it needs (and has) no catalogue, and the
// interface falls back to the source strings.
void TestTranslations::englishHasNoCatalogue() {
    QVERIFY(!installTranslations(QLocale(QStringLiteral("en_US"))));
    auto window = openWindow();
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
