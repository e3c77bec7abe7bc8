// MainWindow: File → Open from libvirt… and Save to libvirt (views/libvirt/). libvirt's refusal
// of a save is shown as a diagnostic in the problems panel by LibvirtSaver; this file wires the
// menu, the status bar and the running-domain confirmation.
#include "mainwindow.h"

#include "common/editorcontext.h"
#include "libvirt/libvirtopendialog.h"
#include "libvirt/libvirtsaver.h"
#include "problems/problemsview.h"
#include "session/documentsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace pcitopo {

void MainWindow::createLibvirtActions(QMenu* file) {
    m_libvirt = new LibvirtSaver(m_context, this);
    m_libvirt->setRunningConfirmation([this](const QString& domain) {
        return QMessageBox::question(
                   this, tr("Save to libvirt"),
                   tr("%1 is running. Saving replaces only its persistent configuration, which "
                      "takes effect at its next boot; the running domain is not changed.\n\n"
                      "Save anyway?")
                       .arg(domain),
                   QMessageBox::Save | QMessageBox::Cancel,
                   QMessageBox::Cancel) == QMessageBox::Save;
    });
    file->addSeparator();
    QAction* open = file->addAction(tr("Open from li&bvirt…"));
    open->setStatusTip(tr("Open the persistent configuration of a domain of a libvirt connection"));
    connect(open, &QAction::triggered, this, &MainWindow::showOpenFromLibvirt);
    m_saveToLibvirtAction = file->addAction(tr("Save &to libvirt"));
    connect(m_saveToLibvirtAction, &QAction::triggered, m_libvirt, &LibvirtSaver::save);
    connect(m_libvirt, &LibvirtSaver::saved, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_libvirt, &LibvirtSaver::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
        if (auto* dock = qobject_cast<QDockWidget*>(m_problems->parentWidget()))
            dock->raise();
    });
    connect(m_libvirt, &LibvirtSaver::originChanged, this, &MainWindow::updateLibvirtActions);
    connect(m_libvirt, &LibvirtSaver::originChanged, this, &MainWindow::updateTitle);
    connect(m_libvirt, &LibvirtSaver::busyChanged, this, &MainWindow::updateLibvirtActions);
    // A document from a file or a template has no libvirt origin.
    connect(m_session, &DocumentSession::documentReplaced, m_libvirt,
            [this] { m_libvirt->setOrigin({}); });
    updateLibvirtActions();
}

void MainWindow::showOpenFromLibvirt() {
    if (!maybeSave())
        return;
    LibvirtOpenDialog dialog(this);
    dialog.listDomains();
    if (dialog.exec() == QDialog::Accepted)
        openFromLibvirt(dialog.xml(), dialog.origin());
}

bool MainWindow::openFromLibvirt(const QByteArray& xml, const LibvirtOrigin& origin) {
    DocumentError error;
    if (!m_session->openBytes(xml, origin.domain + QStringLiteral(".xml"), &error)) {
        QMessageBox::critical(this, tr("Open from libvirt"), error.toString());
        return false;
    }
    m_libvirt->setOrigin(origin);
    statusBar()->showMessage(
        tr("Opened %1 from %2%3")
            .arg(origin.domain, origin.uri, origin.readOnly ? tr(" (read-only)") : QString()),
        5000);
    return true;
}

void MainWindow::updateLibvirtActions() {
    QString reason;
    const bool allowed = m_libvirt->canSave(&reason);
    m_saveToLibvirtAction->setEnabled(allowed);
    const QString tip =
        allowed
            ? tr("Define this domain on %1 and show libvirt's answer").arg(m_libvirt->targetUri())
            : reason;
    m_saveToLibvirtAction->setStatusTip(tip);
    m_saveToLibvirtAction->setToolTip(tip);
}

} // namespace pcitopo
