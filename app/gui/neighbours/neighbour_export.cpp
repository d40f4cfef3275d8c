#include "neighbour_export.h"

#include "gallery/neighbour_gallery_model.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace tagscope::gui {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString writeNeighbourCsv(const QString& path, const ui::NeighbourGalleryModel& model, const Dataset& dataset)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QCoreApplication::translate("NeighbourExport", "Cannot write %1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    out << "query,rank,image,name,path,distance,shared_tags,tags\n";
    const ui::GalleryQuery& query = model.query();
    const QString queryName = query.image >= 0 ? QString::fromStdString(dataset.imageName(std::size_t(query.image))) : query.filePath;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ui::GalleryNeighbour& n = model.neighbour(row);
        const QVector<bool> flags = model.sharedFlags(row);
        QStringList shared;
        for (int i = 0; i < n.tags.size(); ++i)
            if (flags.value(i))
                shared << n.tags[i];
        const auto image = static_cast<std::size_t>(n.image);
        out << csvField(queryName) << ',' << row + 1 << ',' << n.image << ',' << csvField(QString::fromStdString(dataset.imageName(image))) << ','
            << csvField(QString::fromStdString(dataset.imagePath(image))) << ',' << QString::number(double(n.distance), 'g', 7) << ','
            << csvField(shared.join(QStringLiteral(" | "))) << ',' << csvField(n.tags.join(QStringLiteral(" | "))) << '\n';
    }
    out.flush();
    if (!file.commit())
        return QCoreApplication::translate("NeighbourExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tagscope::gui
