/*
 @licstart  The following is the entire license notice for the JavaScript code in this file.

 The MIT License (MIT)

 Copyright (C) 1997-2020 by Dimitri van Heesch

 Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 and associated documentation files (the "Software"), to deal in the Software without restriction,
 including without limitation the rights to use, copy, modify, merge, publish, distribute,
 sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:

 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.

 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

 @licend  The above is the entire license notice for the JavaScript code in this file
*/
var NAVTREE =
[
  [ "SDL", "index.html", [
    [ "Contributing to SDL", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html", [
      [ "Filing a GitHub issue", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md1", [
        [ "Reporting a bug", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md2", null ],
        [ "Suggesting enhancements", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md3", null ]
      ] ],
      [ "Contributing code", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md4", [
        [ "Forking the project", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md5", null ],
        [ "Following the style guide", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md6", null ],
        [ "Running the tests", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md7", null ],
        [ "Opening a pull request", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md8", null ]
      ] ],
      [ "Contributing to the documentation", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md9", [
        [ "Editing a function documentation", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md10", null ],
        [ "Editing the wiki", "d6/dcd/md__c_o_n_t_r_i_b_u_t_i_n_g.html#autotoc_md11", null ]
      ] ]
    ] ],
    [ "Android", "da/d80/md__r_e_a_d_m_e-android.html", [
      [ "Requirements", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md12", null ],
      [ "How the port works", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md13", null ],
      [ "Building an app", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md14", null ],
      [ "Customizing your application name", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md15", null ],
      [ "Customizing your application icon", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md16", null ],
      [ "Loading assets", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md17", null ],
      [ "Pause / Resume behaviour", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md18", null ],
      [ "Mouse / Touch events", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md19", null ],
      [ "Misc", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md20", null ],
      [ "Threads and the Java VM", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md21", null ],
      [ "Using STL", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md22", null ],
      [ "Using the emulator", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md23", null ],
      [ "Troubleshooting", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md24", null ],
      [ "Memory debugging", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md25", null ],
      [ "Graphics debugging", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md26", null ],
      [ "Why is API level 19 the minimum required?", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md27", null ],
      [ "A note regarding the use of the \"dirty rectangles\" rendering technique", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md28", null ],
      [ "Ending your application", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md29", null ],
      [ "Known issues", "da/d80/md__r_e_a_d_m_e-android.html#autotoc_md30", null ]
    ] ],
    [ "CMake", "d1/d1a/md__r_e_a_d_m_e-cmake.html", [
      [ "Building SDL", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md32", null ],
      [ "Including SDL in your project", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md33", [
        [ "A system SDL library", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md34", null ],
        [ "Using a vendored SDL", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md35", null ]
      ] ],
      [ "CMake configuration options for platforms", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md36", [
        [ "iOS/tvOS", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md37", [
          [ "Examples", "d1/d1a/md__r_e_a_d_m_e-cmake.html#autotoc_md38", null ]
        ] ]
      ] ]
    ] ],
    [ "DirectFB", "d4/d7c/md__r_e_a_d_m_e-directfb.html", [
      [ "Simple Window Manager", "d4/d7c/md__r_e_a_d_m_e-directfb.html#autotoc_md39", null ],
      [ "OpenGL Support", "d4/d7c/md__r_e_a_d_m_e-directfb.html#autotoc_md40", null ]
    ] ],
    [ "Dynamic API", "db/da4/md__r_e_a_d_m_e-dynapi.html", null ],
    [ "Emscripten", "d9/d28/md__r_e_a_d_m_e-emscripten.html", [
      [ "The state of things", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md43", null ],
      [ "RTFM", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md44", null ],
      [ "Porting your app to Emscripten", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md45", null ],
      [ "Do you need threads?", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md46", null ],
      [ "Audio", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md47", null ],
      [ "Rendering", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md48", null ],
      [ "Building SDL/emscripten", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md49", null ],
      [ "Building your app", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md50", null ],
      [ "Data files", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md51", null ],
      [ "Debugging", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md52", null ],
      [ "Questions?", "d9/d28/md__r_e_a_d_m_e-emscripten.html#autotoc_md53", null ]
    ] ],
    [ "GDK", "d5/dce/md__r_e_a_d_m_e-gdk.html", [
      [ "Requirements", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md54", null ],
      [ "Windows GDK Status", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md55", null ],
      [ "VisualC-GDK Solution", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md56", null ],
      [ "Windows GDK Setup, Detailed Steps", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md57", [
        [ "1. Add a Gaming.Desktop.x64 Configuration", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md58", null ],
        [ "2. Build SDL2 and SDL2main for GDK", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md59", null ],
        [ "3. Configuring Project Settings", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md60", null ],
        [ "4. Setting up SDL_main", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md61", null ],
        [ "5. Required DLLs", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md62", null ],
        [ "6. Setting up MicrosoftGame.config", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md63", null ],
        [ "7. Adding Required Logos", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md64", null ],
        [ "8. Copying any Data Files", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md65", null ],
        [ "9. Build and Run from Visual Studio", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md66", null ],
        [ "10. Packaging and Installing Locally", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md67", null ]
      ] ],
      [ "Xbox GDKX Setup", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md68", null ],
      [ "Troubleshooting", "d5/dce/md__r_e_a_d_m_e-gdk.html#autotoc_md69", null ]
    ] ],
    [ "Dollar Gestures", "dc/d49/md__r_e_a_d_m_e-gesture.html", [
      [ "Recording:", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md72", null ],
      [ "Performing:", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md73", null ],
      [ "Saving:", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md74", null ],
      [ "Loading:", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md75", null ],
      [ "Multi Gestures", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md77", null ],
      [ "Notes", "dc/d49/md__r_e_a_d_m_e-gesture.html#autotoc_md79", null ]
    ] ],
    [ "git", "db/da4/md__r_e_a_d_m_e-git.html", null ],
    [ "README-hg", "d3/dcc/md__r_e_a_d_m_e-hg.html", null ],
    [ "iOS", "de/d74/md__r_e_a_d_m_e-ios.html", [
      [ "Building the Simple DirectMedia Layer for iOS 9.0+", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md80", null ],
      [ "Using the Simple DirectMedia Layer for iOS", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md81", null ],
      [ "Notes – Retina / High-DPI and window sizes", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md82", null ],
      [ "Notes – Application events", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md83", null ],
      [ "Notes – Accelerometer as Joystick", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md84", null ],
      [ "Notes – OpenGL ES", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md85", null ],
      [ "Notes – Keyboard", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md86", null ],
      [ "Notes – Mouse", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md87", null ],
      [ "Notes – Reading and Writing files", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md88", null ],
      [ "Notes – xcFramework", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md89", null ],
      [ "Notes – iPhone SDL limitations", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md90", null ],
      [ "Notes – CoreBluetooth.framework", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md91", null ],
      [ "Game Center", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md92", null ],
      [ "Deploying to older versions of iOS", "de/d74/md__r_e_a_d_m_e-ios.html#autotoc_md93", null ]
    ] ],
    [ "KMSDRM on *BSD", "d6/d89/md__r_e_a_d_m_e-kmsbsd.html", [
      [ "SDL2 WSCONS input backend features", "d6/d89/md__r_e_a_d_m_e-kmsbsd.html#autotoc_md94", null ],
      [ "Partially working or no input on OpenBSD/NetBSD.", "d6/d89/md__r_e_a_d_m_e-kmsbsd.html#autotoc_md95", null ],
      [ "Partially working or no input on FreeBSD.", "d6/d89/md__r_e_a_d_m_e-kmsbsd.html#autotoc_md96", null ]
    ] ],
    [ "Linux", "d7/df1/md__r_e_a_d_m_e-linux.html", [
      [ "Build Dependencies", "d7/df1/md__r_e_a_d_m_e-linux.html#autotoc_md97", null ],
      [ "Joystick does not work", "d7/df1/md__r_e_a_d_m_e-linux.html#autotoc_md98", null ]
    ] ],
    [ "Mac OS X (aka macOS).", "de/da0/md__r_e_a_d_m_e-macos.html", [
      [ "Command Line Build", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md100", null ],
      [ "Caveats for using SDL with Mac OS X", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md101", null ],
      [ "Using the Simple DirectMedia Layer with a traditional Makefile", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md102", null ],
      [ "Using the Simple DirectMedia Layer with Xcode", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md103", [
        [ "First steps", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md104", null ],
        [ "Building the Framework", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md105", null ],
        [ "Build Options", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md106", null ],
        [ "Building the Testers", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md107", null ],
        [ "Using the Project Stationary", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md108", null ],
        [ "Setting up a new project by hand", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md109", null ],
        [ "Building from command line", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md110", null ],
        [ "Running your app", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md111", null ]
      ] ],
      [ "Implementation Notes", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md112", [
        [ "Working directory", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md113", null ],
        [ "You have a Cocoa App!", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md114", null ]
      ] ],
      [ "Bug reports", "de/da0/md__r_e_a_d_m_e-macos.html#autotoc_md115", null ]
    ] ],
    [ "Nintendo 3DS", "d4/de9/md__r_e_a_d_m_e-n3ds.html", [
      [ "Building", "d4/de9/md__r_e_a_d_m_e-n3ds.html#autotoc_md117", null ],
      [ "Notes", "d4/de9/md__r_e_a_d_m_e-n3ds.html#autotoc_md118", null ]
    ] ],
    [ "Native Client", "d4/d4e/md__r_e_a_d_m_e-nacl.html", [
      [ "Building SDL for NaCl", "d4/d4e/md__r_e_a_d_m_e-nacl.html#autotoc_md120", null ],
      [ "Running tests", "d4/d4e/md__r_e_a_d_m_e-nacl.html#autotoc_md122", null ],
      [ "RWops and nacl_io", "d4/d4e/md__r_e_a_d_m_e-nacl.html#autotoc_md124", null ],
      [ "TODO - Known Issues", "d4/d4e/md__r_e_a_d_m_e-nacl.html#autotoc_md125", null ]
    ] ],
    [ "Nokia N-Gage", "d9/dd5/md__r_e_a_d_m_e-ngage.html", [
      [ "Compiling", "d9/dd5/md__r_e_a_d_m_e-ngage.html#autotoc_md126", null ],
      [ "Current level of implementation", "d9/dd5/md__r_e_a_d_m_e-ngage.html#autotoc_md127", null ],
      [ "Acknowledgements", "d9/dd5/md__r_e_a_d_m_e-ngage.html#autotoc_md128", null ]
    ] ],
    [ "Simple DirectMedia Layer 2 for OS/2 & eComStation", "d7/d40/md__r_e_a_d_m_e-os2.html", [
      [ "Compiling:", "d7/d40/md__r_e_a_d_m_e-os2.html#autotoc_md129", null ],
      [ "Installing:", "d7/d40/md__r_e_a_d_m_e-os2.html#autotoc_md130", null ],
      [ "Joysticks in SDL2:", "d7/d40/md__r_e_a_d_m_e-os2.html#autotoc_md131", null ]
    ] ],
    [ "Pandora", "dd/def/md__r_e_a_d_m_e-pandora.html", null ],
    [ "Platforms", "d7/d28/md__r_e_a_d_m_e-platforms.html", null ],
    [ "Porting", "da/d02/md__r_e_a_d_m_e-porting.html", null ],
    [ "PS2", "df/ded/md__r_e_a_d_m_e-ps2.html", [
      [ "Building", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md132", null ],
      [ "Hints", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md133", null ],
      [ "Notes", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md134", null ],
      [ "Getting PS2 Dev", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md135", null ],
      [ "Running on PCSX2 Emulator", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md136", null ],
      [ "To Do", "df/ded/md__r_e_a_d_m_e-ps2.html#autotoc_md137", null ]
    ] ],
    [ "PSP", "d4/da6/md__r_e_a_d_m_e-psp.html", [
      [ "Building", "d4/da6/md__r_e_a_d_m_e-psp.html#autotoc_md138", null ],
      [ "Getting PSP Dev", "d4/da6/md__r_e_a_d_m_e-psp.html#autotoc_md139", null ],
      [ "Running on PPSSPP Emulator", "d4/da6/md__r_e_a_d_m_e-psp.html#autotoc_md140", null ],
      [ "Compiling a HelloWorld", "d4/da6/md__r_e_a_d_m_e-psp.html#autotoc_md141", null ],
      [ "To Do", "d4/da6/md__r_e_a_d_m_e-psp.html#autotoc_md142", null ]
    ] ],
    [ "Raspberry Pi", "db/dee/md__r_e_a_d_m_e-raspberrypi.html", [
      [ "Features", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md143", null ],
      [ "Raspbian Build Dependencies", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md144", null ],
      [ "NEON", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md145", null ],
      [ "Cross compiling from x86 Linux", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md146", null ],
      [ "Apps don't work or poor video/audio performance", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md147", null ],
      [ "No input", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md148", null ],
      [ "No HDMI Audio", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md149", null ],
      [ "Text Input API support", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md150", null ],
      [ "OpenGL problems", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md151", null ],
      [ "Notes", "db/dee/md__r_e_a_d_m_e-raspberrypi.html#autotoc_md152", null ]
    ] ],
    [ "RISC OS", "da/d4e/md__r_e_a_d_m_e-riscos.html", [
      [ "Compiling:", "da/d4e/md__r_e_a_d_m_e-riscos.html#autotoc_md153", null ],
      [ "Current level of implementation", "da/d4e/md__r_e_a_d_m_e-riscos.html#autotoc_md154", null ]
    ] ],
    [ "Touch", "dd/ddd/md__r_e_a_d_m_e-touch.html", [
      [ "System Specific Notes", "dd/ddd/md__r_e_a_d_m_e-touch.html#autotoc_md155", null ],
      [ "Events", "dd/ddd/md__r_e_a_d_m_e-touch.html#autotoc_md157", null ],
      [ "Functions", "dd/ddd/md__r_e_a_d_m_e-touch.html#autotoc_md159", null ],
      [ "Notes", "dd/ddd/md__r_e_a_d_m_e-touch.html#autotoc_md161", null ]
    ] ],
    [ "Versioning", "d5/de4/md__r_e_a_d_m_e-versions.html", [
      [ "Since 2.23.0", "d5/de4/md__r_e_a_d_m_e-versions.html#autotoc_md163", null ],
      [ "Before 2.23.0", "d5/de4/md__r_e_a_d_m_e-versions.html#autotoc_md164", null ]
    ] ],
    [ "Using SDL with Microsoft Visual C++", "d0/df7/md__r_e_a_d_m_e-visualc.html", null ],
    [ "PS Vita", "d1/dc4/md__r_e_a_d_m_e-vita.html", [
      [ "Building", "d1/dc4/md__r_e_a_d_m_e-vita.html#autotoc_md171", null ],
      [ "Notes", "d1/dc4/md__r_e_a_d_m_e-vita.html#autotoc_md172", null ]
    ] ],
    [ "WinCE", "d7/d55/md__r_e_a_d_m_e-wince.html", null ],
    [ "Windows", "d1/d19/md__r_e_a_d_m_e-windows.html", [
      [ "LLVM and Intel C++ compiler support", "d1/d19/md__r_e_a_d_m_e-windows.html#autotoc_md174", null ],
      [ "OpenGL ES 2.x support", "d1/d19/md__r_e_a_d_m_e-windows.html#autotoc_md175", null ],
      [ "Vulkan Surface Support", "d1/d19/md__r_e_a_d_m_e-windows.html#autotoc_md176", null ]
    ] ],
    [ "WinRT", "db/dff/md__r_e_a_d_m_e-winrt.html", [
      [ "Requirements", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md177", null ],
      [ "Status", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md178", null ],
      [ "Upgrade Notes", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md179", null ],
      [ "Setup, High-Level Steps", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md181", null ],
      [ "Setup, Detailed Steps", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md182", [
        [ "1. Create a new project", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md183", null ],
        [ "2. Remove unneeded files from the project", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md184", null ],
        [ "3. Add references to SDL's project files", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md185", null ],
        [ "4. Adjust Your App's Build Settings", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md186", null ],
        [ "5. Add a WinRT-appropriate main function, and a blank-cursor image, to the app.", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md187", null ],
        [ "6. Add app code and assets", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md188", [
          [ "6.A. ... when creating a new app", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md189", null ],
          [ "6.B. Adding code and assets", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md190", null ]
        ] ],
        [ "7. Build and run your app", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md191", [
          [ "7.A. Running apps on older, ARM-based, \"Windows RT\" devices", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md192", null ]
        ] ]
      ] ],
      [ "Troubleshooting", "db/dff/md__r_e_a_d_m_e-winrt.html#autotoc_md193", null ]
    ] ],
    [ "Simple DirectMedia Layer", "d3/dcc/md__r_e_a_d_m_e.html", null ],
    [ "Deprecated List", "da/d58/deprecated.html", null ],
    [ "Data Structures", "annotated.html", [
      [ "Data Structures", "annotated.html", "annotated_dup" ],
      [ "Data Structure Index", "classes.html", null ],
      [ "Data Fields", "functions.html", [
        [ "All", "functions.html", "functions_dup" ],
        [ "Variables", "functions_vars.html", "functions_vars" ]
      ] ]
    ] ],
    [ "Files", "files.html", [
      [ "File List", "files.html", "files_dup" ],
      [ "Globals", "globals.html", [
        [ "All", "globals.html", "globals_dup" ],
        [ "Functions", "globals_func.html", "globals_func" ],
        [ "Variables", "globals_vars.html", null ],
        [ "Typedefs", "globals_type.html", null ],
        [ "Enumerations", "globals_enum.html", null ],
        [ "Enumerator", "globals_eval.html", "globals_eval" ],
        [ "Macros", "globals_defs.html", "globals_defs" ]
      ] ]
    ] ]
  ] ]
];

var NAVTREEINDEX =
[
"annotated.html",
"d1/d6b/struct_s_d_l___haptic_periodic.html#ac53c5725e8cff012e9b90e01b7110869",
"d2/d09/_s_d_l__mutex_8h.html#a1214610634c24465d7c50149752791a9",
"d3/d78/_s_d_l__audio_8h.html#aaffc0931336d0d79717a144039670223",
"d3/dfc/_s_d_l__config__android_8h.html#a6ba924613e4ef2c39b349122b91e327e",
"d4/def/_s_d_l__config__emscripten_8h.html#a1569275063253ce85180e755a82e536d",
"d5/dcb/_s_d_l__config__iphoneos_8h.html#a82d9e6e346639f8e561c4179386c4e5b",
"d5/df2/_s_d_l__keycode_8h.html#a179ce01fa41d35408f06b4b3d1cd9d3daa2ca78811e847bcc6be1b5f30340338b",
"d6/d62/_s_d_l__cpuinfo_8h.html#a669dae4fd617db4f5077d24427aec2ee",
"d8/d04/struct_s_d_l___renderer_info.html",
"d8/db8/struct_s_d_l___keyboard_event.html#a2a57ba820a298f2c02ad5d41fd2b1aa8",
"d9/d24/_s_d_l__stdinc_8h.html#add440eff171ea5f55cb00c4a9ab8672d",
"d9/d91/_s_d_l__config__windows_8h.html#af824376c0b80ddfe47feff33345d6773",
"db/d74/_s_d_l__config__winrt_8h.html#a631f7011e0e3afd6f6732e18ea7be4ac",
"db/dce/_s_d_l__log_8h.html#a844cb9361809dd8453a731eb564f7cda",
"dc/d64/_s_d_l__video_8h.html#a7bcac31518326109037a8d9a31a210a9",
"dc/dad/_s_d_l__config__pandora_8h.html#af79e3ccb09ebc4ef1a87bf506f07cd79",
"dd/dd3/_s_d_l__hints_8h.html#a725b0723789d1cf987547174f8918829",
"de/da1/_s_d_l__gesture_8h_source.html",
"df/d4a/_s_d_l__scancode_8h.html#a82ab7cff701034fb40a47b5b3a02777baac61a2afd37141b0953559f20969a321",
"globals_func_r.html"
];

var SYNCONMSG = 'click to disable panel synchronisation';
var SYNCOFFMSG = 'click to enable panel synchronisation';