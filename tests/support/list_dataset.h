#pragma once
// A small CSV list dataset written for a test: kListImages PNG images under images/, and labels.csv naming them
// with their tags. Image i is "cat" when i % 2 == 0, "dog" when i % 5 == 0, "zebra" when i % 8 == 0.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QStringList>

constexpr int kListImages = 40;

inline QString writeListDataset(const QDir& root)
{
    QDir().mkpath(root.filePath("images"));
    QByteArray csv = "path,tags\n";
    for (int i = 0; i < kListImages; ++i) {
        const QString name = QStringLiteral("images/img%1.png").arg(i, 3, 10, QLatin1Char('0'));
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 9, 160, 200));
        if (!image.save(root.filePath(name)))
            qFatal("cannot write %s", qPrintable(root.filePath(name)));
        QStringList tags;
        if (i % 2 == 0)
            tags << "cat";
        if (i % 5 == 0)
            tags << "dog";
        if (i % 8 == 0)
            tags << "zebra";
        csv += name.toUtf8() + ',' + tags.join('|').toUtf8() + '\n';
    }
    QFile file(root.filePath("labels.csv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(root.filePath("labels.csv")));
    return root.filePath("labels.csv");
}
