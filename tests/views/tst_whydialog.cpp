// "Why?" in the editor: the graph's action explains the selected device's slot, the problems
// panel's button explains the diagnostic; both open a WhyDialog with the libvirt link. And the
// welcome banner with the learn examples, which open as untitled documents.
#include "editortestsupport.h"
#include "explain/learnexamples.h"
#include "explain/welcomepanel.h"
#include "explain/whydialog.h"
#include "graph/graphview.h"
#include "problems/problemsview.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

// The one WhyDialog open under `parent`, or nullptr.
WhyDialog* openDialog(QWidget* parent) {
    const QList<WhyDialog*> dialogs = parent->findChildren<WhyDialog*>();
    return dialogs.size() == 1 ? dialogs.first() : nullptr;
}

} // namespace

class TestWhyDialog : public QObject {
    Q_OBJECT

private slots:
    void graphWhyExplainsTheSelectedDevicesSlot();
    void graphWhyWithoutSubjectSaysWhatToDo();
    void problemsWhyExplainsTheDiagnostic();
    void htmlKeepsTablesAndLinksTheDocs();
    void learnExamplesAreReadFromTheFiles();
    void welcomeOpensAnExampleUntitled();
    void welcomeHidesWhenAFileIsOpened();
};

void TestWhyDialog::graphWhyExplainsTheSelectedDevicesSlot() {
    auto window = openWindow(examplePath(QStringLiteral("learn-pc-bridges.xml")));
    EditorContext* context = window->context();
    const int e1000 = findDevice(*context, [](const Device& d) { return d.model == u"e1000"; });
    QVERIFY(e1000 >= 0);
    context->select(context->topology().inventory().devices.at(e1000).element);
    settle();
    GraphView* graph = window->graphView();
    const GraphView::SlotRef subject = graph->whySubject();
    QCOMPARE(subject.bus, 1);
    QCOMPARE(subject.slot, 1);
    QCOMPARE(subject.function, 0);
    graph->whyAction()->trigger();
    WhyDialog* dialog = openDialog(graph);
    QVERIFY(dialog);
    const QString html = dialog->browser()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("e1000 into pci-bridge on pc: yes, hotpluggable")),
             qPrintable(dialog->browser()->toPlainText()));
    QVERIFY(html.contains(QStringLiteral("href=\"https://libvirt.org/pci-hotplug.html\"")));
    QVERIFY(dialog->browser()->openExternalLinks());
    dialog->close();
}

void TestWhyDialog::graphWhyWithoutSubjectSaysWhatToDo() {
    auto window = openWindow(examplePath(QStringLiteral("learn-pc-bridges.xml")));
    window->context()->select(NoElement);
    settle();
    GraphView* graph = window->graphView();
    QVERIFY(!graph->whySubject().isValid());
    QString message;
    connect(graph, &GraphView::statusMessage, this, [&message](const QString& m) { message = m; });
    graph->whyAction()->trigger();
    QVERIFY(!openDialog(graph));
    QVERIFY(message.startsWith(QStringLiteral("Why? explains a slot")));
}

// learn-appliance.xml has no free hotplug port: the warning pci.hotplug.no-headroom.
void TestWhyDialog::problemsWhyExplainsTheDiagnostic() {
    auto window = openWindow(examplePath(QStringLiteral("learn-appliance.xml")));
    ProblemsView* problems = window->problemsView();
    QVERIFY(problems->problemCount() >= 1);
    problems->treeView()->setCurrentIndex(problems->treeView()->model()->index(0, 0));
    QVERIFY(problems->whyButton()->isEnabled());
    const Explanation e = problems->explanationFor(0);
    QVERIFY2(e.text.startsWith(QStringLiteral("pci.hotplug.no-headroom (warning")),
             qPrintable(e.text));
    problems->whyButton()->click();
    WhyDialog* dialog = openDialog(problems);
    QVERIFY(dialog);
    QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("pci.hotplug.no-headroom")));
    QVERIFY(dialog->browser()->toHtml().contains(QStringLiteral("href=\"https://libvirt.org/")));
    QVERIFY(!problems->explanationFor(-1).isValid());
}

void TestWhyDialog::htmlKeepsTablesAndLinksTheDocs() {
    Explanation e;
    e.text = QStringLiteral("title: a <b>\n\nwhere x may go on q35:\n  pcie-root  yes\n"
                            "libvirt documentation: https://x (y)\n");
    e.docs = {QStringLiteral("https://libvirt.org/pci-hotplug.html"), QStringLiteral("T & U")};
    QCOMPARE(WhyDialog::toHtml(e),
             QStringLiteral("<p>title: a &lt;b&gt;</p><pre>where x may go on q35:\n  pcie-root  "
                            "yes</pre><p>libvirt documentation: <a "
                            "href=\"https://libvirt.org/pci-hotplug.html\">T &amp; U</a></p>"));
}

void TestWhyDialog::learnExamplesAreReadFromTheFiles() {
    initViewResources();
    const QList<LearnExample> examples = learnExamples();
    QCOMPARE(examples.size(), 4);
    QCOMPARE(examples.last().resourcePath, QStringLiteral(":/examples/learn-q35-desktop.xml"));
    QCOMPARE(examples.last().title, QStringLiteral("the libvirt default q35 desktop"));
    QVERIFY(examples.last().summary.startsWith(QStringLiteral("This is what virt-install")));
    QVERIFY(!examples.last().summary.contains(QStringLiteral("Try:")));
    QVERIFY(learnExampleFromText(QString(), QStringLiteral("<domain/>")).title.isEmpty());
}

void TestWhyDialog::welcomeOpensAnExampleUntitled() {
    auto window = openWindow();
    WelcomePanel* welcome = window->graphView()->welcomePanel();
    QVERIFY(welcome->isVisibleTo(window.get()));
    const QString html = welcome->label()->text();
    for (const LearnExample& example : learnExamples())
        QVERIFY(html.contains(QStringLiteral("href=\"example:") + example.resourcePath));
    welcome->activateLink(QStringLiteral("example::/examples/learn-numa-passthrough.xml"));
    settle();
    QVERIFY(!welcome->isVisibleTo(window.get()));
    QVERIFY(window->context()->document().text().contains(QStringLiteral("pcie-expander-bus")));
    QVERIFY(window->session()->filePath().isEmpty()); // Save asks where: the example stays
    QMenu* learn = nullptr;
    for (QAction* action : window->menuBar()->actions())
        for (QAction* item : action->menu() ? action->menu()->actions() : QList<QAction*>())
            if (item->menu() && item->text() == QStringLiteral("&Learn from an Example"))
                learn = item->menu();
    QVERIFY(learn);
    QCOMPARE(learn->actions().size(), 4);
}

void TestWhyDialog::welcomeHidesWhenAFileIsOpened() {
    auto window = openWindow(examplePath(QStringLiteral("learn-appliance.xml")));
    QVERIFY(!window->graphView()->welcomePanel()->isVisibleTo(window.get()));
}

QTEST_MAIN(TestWhyDialog)
#include "tst_whydialog.moc"
