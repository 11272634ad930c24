// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2023 Matthias Clasen
var baseURLs = [
    [ 'GLib', '../glib-2.0/' ],
    [ 'GLibUnix', '../glib-unix-2.0/' ],
    [ 'GLibWin32', 'https://docs.gtk.org/glib-win32/' ],
    [ 'GModule', '../gmodule-2.0/' ],
    [ 'GObject', '../gobject-2.0/' ],
    [ 'Gio', '../gio-2.0/' ],
    [ 'GioUnix', '../gio-unix-2.0/' ],
    [ 'GioWin32', 'https://docs.gtk.org/gio-win32/' ],
    [ 'Gtk', 'https://docs.gtk.org/gtk4/' ],
];
