#pragma once

#include "libvirtconnection.h"
#include "libvirtorigin.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pcitopo {

class BackgroundTask;

// File → Open from libvirt…: a connection URI (remembered), a read-only switch, the domains of
// that connection, and Open, which reads the chosen domain's inactive (persistent) XML. Every
// libvirt call runs in the background; errors are shown in the dialog in libvirt's words.
class LibvirtOpenDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LibvirtOpenDialog(QWidget* parent = nullptr);
    ~LibvirtOpenDialog() override;

    // After accept(): the domain's XML and where it came from.
    QByteArray xml() const { return m_xml; }
    LibvirtOrigin origin() const { return m_origin; }

    QLineEdit* uriEdit() const { return m_uri; }
    QCheckBox* readOnlyBox() const { return m_readOnly; }
    QTreeWidget* domainList() const { return m_domains; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* openButton() const;

    // Lists the domains of the URI in the edit (in the background; listed() or failed()).
    void listDomains();
    // Reads the selected domain's XML (in the background), then accepts; failed() otherwise.
    void openSelected();

signals:
    void listed(int count);
    void failed(const QString& message);

private:
    void showDomains(const std::optional<QList<LibvirtDomainInfo>>& domains, const QString& error);
    void showError(const QString& message);
    void updateButtons();

    QLineEdit* m_uri = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QPushButton* m_listButton = nullptr;
    QTreeWidget* m_domains = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    BackgroundTask* m_task = nullptr;
    QByteArray m_xml;
    LibvirtOrigin m_origin;
};

} // namespace pcitopo
