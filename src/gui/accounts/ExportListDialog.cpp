#include "gui/accounts/ExportListDialog.h"

#include "gui/common/Labels.h"
#include "ui_ExportListDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace keystone::gui {

ExportListDialog::ExportListDialog(int rows, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportListDialog>()),
      m_profile(csvExportProfile(toStdString(QLocale().name())))
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(
        tr("Writes the %Ln account(s) shown, with the columns shown, in the order shown.", nullptr, rows));
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), QChar(u','));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_ui->delimiterCombo->addItem(tr("Tab"), QChar(u'\t'));
    m_ui->delimiterCombo->setCurrentIndex(
        std::max(0, m_ui->delimiterCombo->findData(QChar(QLatin1Char(m_profile.delimiter)))));
    m_ui->bomCheck->setChecked(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileEdit->setText(
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("accounts.csv")));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportListDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportListDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportListDialog::reject);
}

ExportListDialog::~ExportListDialog() = default;

std::filesystem::path ExportListDialog::file() const
{
    return std::filesystem::path(m_ui->fileEdit->text().trimmed().toStdU16String());
}

CsvExportOptions ExportListDialog::options() const
{
    CsvExportOptions o = m_profile;
    o.delimiter = static_cast<char>(m_ui->delimiterCombo->currentData().toChar().toLatin1());
    o.bom = m_ui->bomCheck->isChecked();
    o.protectFormulas = m_ui->protectCheck->isChecked();
    // A comma decimal mark with a comma delimiter would split every number in two.
    if (o.delimiter == ',')
        o.decimalMark = '.';
    return o;
}

void ExportListDialog::setDescription(const QString& text) { m_ui->summaryLabel->setText(text); }

void ExportListDialog::setSuggestedFileName(const QString& name)
{
    m_ui->fileEdit->setText(QFileInfo(m_ui->fileEdit->text()).dir().filePath(name));
}

void ExportListDialog::accept()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty()) {
        m_ui->problemLabel->setText(tr("Choose the file to write."));
        return;
    }
    if (!info.absoluteDir().exists()) {
        m_ui->problemLabel->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    QDialog::accept();
}

void ExportListDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_ui->fileEdit->text(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->fileEdit->setText(chosen);
}

} // namespace keystone::gui
