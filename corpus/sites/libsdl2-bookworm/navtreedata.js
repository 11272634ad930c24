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
    [ "Android", "de/d90/md__r_e_a_d_m_e_android.html", [
      [ "Requirements", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md12", null ],
      [ "How the port works", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md13", null ],
      [ "Building an app", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md14", null ],
      [ "Customizing your application name", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md15", null ],
      [ "Customizing your application icon", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md16", null ],
      [ "Loading assets", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md17", null ],
      [ "Pause / Resume behaviour", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md18", null ],
      [ "Mouse / Touch events", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md19", null ],
      [ "Misc", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md20", null ],
      [ "Threads and the Java VM", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md21", null ],
      [ "Using STL", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md22", null ],
      [ "Using the emulator", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md23", null ],
      [ "Troubleshooting", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md24", null ],
      [ "Memory debugging", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md25", null ],
      [ "Graphics debugging", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md26", null ],
      [ "Why is API level 16 the minimum required?", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md27", null ],
      [ "A note regarding the use of the \"dirty rectangles\" rendering technique", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md28", null ],
      [ "Ending your application", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md29", null ],
      [ "Known issues", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md30", null ]
    ] ],
    [ "CMake", "d8/daa/md__r_e_a_d_m_e_cmake.html", [
      [ "Building SDL", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md32", null ],
      [ "Including SDL in your project", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md33", [
        [ "A system SDL library", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md34", null ],
        [ "Using a vendored SDL", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md35", null ]
      ] ],
      [ "CMake configuration options for platforms", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md36", [
        [ "iOS/tvOS", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md37", [
          [ "Examples", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md38", null ]
        ] ]
      ] ]
    ] ],
    [ "DirectFB", "da/d64/md__r_e_a_d_m_e_directfb.html", [
      [ "Simple Window Manager", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md39", null ],
      [ "OpenGL Support", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md40", null ]
    ] ],
    [ "Dynamic API", "dd/d3b/md__r_e_a_d_m_e_dynapi.html", null ],
    [ "Emscripten", "dc/d4f/md__r_e_a_d_m_e_emscripten.html", [
      [ "A quick note about audio", "dc/d4f/md__r_e_a_d_m_e_emscripten.html#autotoc_md43", null ],
      [ "Building SDL/emscripten", "dc/d4f/md__r_e_a_d_m_e_emscripten.html#autotoc_md44", null ]
    ] ],
    [ "GDK", "d8/db4/md__r_e_a_d_m_e_gdk.html", [
      [ "Requirements", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md45", null ],
      [ "Windows GDK Status", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md46", null ],
      [ "VisualC-GDK Solution", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md47", null ],
      [ "Windows GDK Setup, Detailed Steps", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md48", [
        [ "1. Add a Gaming.Desktop.x64 Configuration", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md49", null ],
        [ "2. Build SDL2 and SDL2main for GDK", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md50", null ],
        [ "3. Configuring Project Settings", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md51", null ],
        [ "4. Setting up SDL_main", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md52", null ],
        [ "5. Required DLLs", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md53", null ],
        [ "6. Setting up MicrosoftGame.config", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md54", null ],
        [ "7. Adding Required Logos", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md55", null ],
        [ "8. Copying any Data Files", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md56", null ],
        [ "9. Build and Run from Visual Studio", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md57", null ],
        [ "10. Packaging and Installing Locally", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md58", null ]
      ] ],
      [ "Troubleshooting", "d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md59", null ]
    ] ],
    [ "Dollar Gestures", "d6/dac/md__r_e_a_d_m_e_gesture.html", [
      [ "Recording:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md62", null ],
      [ "Performing:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md63", null ],
      [ "Saving:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md64", null ],
      [ "Loading:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md65", null ],
      [ "Multi Gestures", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md67", null ],
      [ "Notes", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md69", null ]
    ] ],
    [ "git", "d1/d46/md__r_e_a_d_m_e_git.html", null ],
    [ "README-hg", "da/d40/md__r_e_a_d_m_e_hg.html", null ],
    [ "iOS", "d0/d33/md__r_e_a_d_m_e_ios.html", [
      [ "Building the Simple DirectMedia Layer for iOS 9.0+", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md70", null ],
      [ "Using the Simple DirectMedia Layer for iOS", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md71", null ],
      [ "Notes – Retina / High-DPI and window sizes", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md72", null ],
      [ "Notes – Application events", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md73", null ],
      [ "Notes – Accelerometer as Joystick", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md74", null ],
      [ "Notes – OpenGL ES", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md75", null ],
      [ "Notes – Keyboard", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md76", null ],
      [ "Notes – Mouse", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md77", null ],
      [ "Notes – Reading and Writing files", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md78", null ],
      [ "Notes – xcFramework", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md79", null ],
      [ "Notes – iPhone SDL limitations", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md80", null ],
      [ "Notes – CoreBluetooth.framework", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md81", null ],
      [ "Game Center", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md82", null ],
      [ "Deploying to older versions of iOS", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md83", null ]
    ] ],
    [ "KMSDRM on *BSD", "db/db5/md__r_e_a_d_m_e_kmsbsd.html", [
      [ "SDL2 WSCONS input backend features", "db/db5/md__r_e_a_d_m_e_kmsbsd.html#autotoc_md84", null ],
      [ "Partially working or no input on OpenBSD/NetBSD.", "db/db5/md__r_e_a_d_m_e_kmsbsd.html#autotoc_md85", null ],
      [ "Partially working or no input on FreeBSD.", "db/db5/md__r_e_a_d_m_e_kmsbsd.html#autotoc_md86", null ]
    ] ],
    [ "Linux", "de/d26/md__r_e_a_d_m_e_linux.html", [
      [ "Build Dependencies", "de/d26/md__r_e_a_d_m_e_linux.html#autotoc_md87", null ],
      [ "Joystick does not work", "de/d26/md__r_e_a_d_m_e_linux.html#autotoc_md88", null ]
    ] ],
    [ "Mac OS X (aka macOS).", "d8/d48/md__r_e_a_d_m_e_macos.html", [
      [ "Command Line Build", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md90", null ],
      [ "Caveats for using SDL with Mac OS X", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md91", null ],
      [ "Using the Simple DirectMedia Layer with a traditional Makefile", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md92", null ],
      [ "Using the Simple DirectMedia Layer with Xcode", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md93", [
        [ "First steps", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md94", null ],
        [ "Building the Framework", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md95", null ],
        [ "Build Options", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md96", null ],
        [ "Building the Testers", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md97", null ],
        [ "Using the Project Stationary", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md98", null ],
        [ "Setting up a new project by hand", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md99", null ],
        [ "Building from command line", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md100", null ],
        [ "Running your app", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md101", null ]
      ] ],
      [ "Implementation Notes", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md102", [
        [ "Working directory", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md103", null ],
        [ "You have a Cocoa App!", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md104", null ]
      ] ],
      [ "Bug reports", "d8/d48/md__r_e_a_d_m_e_macos.html#autotoc_md105", null ]
    ] ],
    [ "Nintendo 3DS", "d6/df1/md__r_e_a_d_m_e_n3ds.html", [
      [ "Building", "d6/df1/md__r_e_a_d_m_e_n3ds.html#autotoc_md107", null ],
      [ "Notes", "d6/df1/md__r_e_a_d_m_e_n3ds.html#autotoc_md108", null ]
    ] ],
    [ "Native Client", "d8/d41/md__r_e_a_d_m_e_nacl.html", [
      [ "Building SDL for NaCl", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md110", null ],
      [ "Running tests", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md112", null ],
      [ "RWops and nacl_io", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md114", null ],
      [ "TODO - Known Issues", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md115", null ]
    ] ],
    [ "Nokia N-Gage", "d3/de4/md__r_e_a_d_m_e_ngage.html", [
      [ "Compiling", "d3/de4/md__r_e_a_d_m_e_ngage.html#autotoc_md116", null ],
      [ "Current level of implementation", "d3/de4/md__r_e_a_d_m_e_ngage.html#autotoc_md117", null ],
      [ "Acknowledgements", "d3/de4/md__r_e_a_d_m_e_ngage.html#autotoc_md118", null ]
    ] ],
    [ "Simple DirectMedia Layer 2 for OS/2 & eComStation", "db/daa/md__r_e_a_d_m_e_os2.html", [
      [ "Compiling:", "db/daa/md__r_e_a_d_m_e_os2.html#autotoc_md119", null ],
      [ "Installing:", "db/daa/md__r_e_a_d_m_e_os2.html#autotoc_md120", null ],
      [ "Joysticks in SDL2:", "db/daa/md__r_e_a_d_m_e_os2.html#autotoc_md121", null ]
    ] ],
    [ "Pandora", "d5/d29/md__r_e_a_d_m_e_pandora.html", null ],
    [ "Platforms", "da/dd3/md__r_e_a_d_m_e_platforms.html", null ],
    [ "Porting", "d3/dbe/md__r_e_a_d_m_e_porting.html", null ],
    [ "PS2", "d9/d42/md__r_e_a_d_m_e_ps2.html", [
      [ "Building", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md122", null ],
      [ "Hints", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md123", null ],
      [ "Notes", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md124", null ],
      [ "Getting PS2 Dev", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md125", null ],
      [ "Running on PCSX2 Emulator", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md126", null ],
      [ "To Do", "d9/d42/md__r_e_a_d_m_e_ps2.html#autotoc_md127", null ]
    ] ],
    [ "PSP", "db/dbb/md__r_e_a_d_m_e_psp.html", [
      [ "Building", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md128", null ],
      [ "Getting PSP Dev", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md129", null ],
      [ "Running on PPSSPP Emulator", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md130", null ],
      [ "Compiling a HelloWorld", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md131", null ],
      [ "To Do", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md132", null ]
    ] ],
    [ "Raspberry Pi", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html", [
      [ "Features", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md133", null ],
      [ "Raspbian Build Dependencies", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md134", null ],
      [ "NEON", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md135", null ],
      [ "Cross compiling from x86 Linux", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md136", null ],
      [ "Apps don't work or poor video/audio performance", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md137", null ],
      [ "No input", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md138", null ],
      [ "No HDMI Audio", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md139", null ],
      [ "Text Input API support", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md140", null ],
      [ "OpenGL problems", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md141", null ],
      [ "Notes", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md142", null ]
    ] ],
    [ "RISC OS", "d7/d9a/md__r_e_a_d_m_e_riscos.html", [
      [ "Compiling:", "d7/d9a/md__r_e_a_d_m_e_riscos.html#autotoc_md143", null ],
      [ "Current level of implementation", "d7/d9a/md__r_e_a_d_m_e_riscos.html#autotoc_md144", null ]
    ] ],
    [ "Touch", "d6/da6/md__r_e_a_d_m_e_touch.html", [
      [ "System Specific Notes", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md145", null ],
      [ "Events", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md147", null ],
      [ "Functions", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md149", null ],
      [ "Notes", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md151", null ]
    ] ],
    [ "Versioning", "d3/d34/md__r_e_a_d_m_e_versions.html", [
      [ "Since 2.23.0", "d3/d34/md__r_e_a_d_m_e_versions.html#autotoc_md153", null ],
      [ "Before 2.23.0", "d3/d34/md__r_e_a_d_m_e_versions.html#autotoc_md154", null ]
    ] ],
    [ "Using SDL with Microsoft Visual C++", "db/d57/md__r_e_a_d_m_e_visualc.html", null ],
    [ "PS Vita", "d5/dd3/md__r_e_a_d_m_e_vita.html", [
      [ "Building", "d5/dd3/md__r_e_a_d_m_e_vita.html#autotoc_md161", null ],
      [ "Notes", "d5/dd3/md__r_e_a_d_m_e_vita.html#autotoc_md162", null ]
    ] ],
    [ "WinCE", "dc/de0/md__r_e_a_d_m_e_wince.html", null ],
    [ "Windows", "d8/db6/md__r_e_a_d_m_e_windows.html", [
      [ "LLVM and Intel C++ compiler support", "d8/db6/md__r_e_a_d_m_e_windows.html#autotoc_md164", null ],
      [ "OpenGL ES 2.x support", "d8/db6/md__r_e_a_d_m_e_windows.html#autotoc_md165", null ],
      [ "Vulkan Surface Support", "d8/db6/md__r_e_a_d_m_e_windows.html#autotoc_md166", null ]
    ] ],
    [ "WinRT", "d0/d8d/md__r_e_a_d_m_e_winrt.html", [
      [ "Requirements", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md167", null ],
      [ "Status", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md168", null ],
      [ "Upgrade Notes", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md169", null ],
      [ "Setup, High-Level Steps", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md171", null ],
      [ "Setup, Detailed Steps", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md172", [
        [ "1. Create a new project", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md173", null ],
        [ "2. Remove unneeded files from the project", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md174", null ],
        [ "3. Add references to SDL's project files", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md175", null ],
        [ "4. Adjust Your App's Build Settings", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md176", null ],
        [ "5. Add a WinRT-appropriate main function, and a blank-cursor image, to the app.", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md177", null ],
        [ "6. Add app code and assets", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md178", [
          [ "6.A. ... when creating a new app", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md179", null ],
          [ "6.B. Adding code and assets", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md180", null ]
        ] ],
        [ "7. Build and run your app", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md181", [
          [ "7.A. Running apps on older, ARM-based, \"Windows RT\" devices", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md182", null ]
        ] ]
      ] ],
      [ "Troubleshooting", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md183", null ]
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
"d1/d59/struct_s_d_l___sys_w_minfo.html#a893d249a67275e523a6180e41776b233",
"d2/d01/_s_d_l__bits_8h.html#a9ca9ab50814f9cfbce5c1cba379b001d",
"d3/d78/_s_d_l__audio_8h.html#ac81f9cc5739cea67436daf2689d29559",
"d3/dfc/_s_d_l__config__android_8h.html#a8842122c022f68c0be435220abeeced9",
"d4/def/_s_d_l__config__emscripten_8h.html#a49afaaefcf9868c6d3a9fb43706af4db",
"d5/dcb/_s_d_l__config__iphoneos_8h.html#a9cea659d453d5784e606e0be9bb6a69e",
"d5/df2/_s_d_l__keycode_8h.html#a179ce01fa41d35408f06b4b3d1cd9d3dac3e18ac934b9664c0f794c23a0436867",
"d6/d73/_s_d_l__rwops_8h.html#a7db23dcdcd238560ba54d810bf0bd9e0",
"d8/d17/struct_s_d_l___touch_finger_event.html#ab4fca822d0807b5748dbae8d3cc56524",
"d8/db4/md__r_e_a_d_m_e_gdk.html#autotoc_md46",
"d9/d24/_s_d_l__stdinc_8h.html#acd540fbbc717339e1267b0a884baa66d",
"d9/d91/_s_d_l__config__windows_8h.html#ac5be45e89ba333ee8dedfe53a39e8919",
"db/d74/_s_d_l__config__winrt_8h.html#a8ff3a28c350664f46a62c4b0a0332bb7",
"db/dce/_s_d_l__log_8h.html#ad221d23d6438fe99a781fb04b118039d",
"dc/d64/_s_d_l__video_8h.html#ab10f4fd6a082ef06fcae96860c95fb18a4300d051290adcb71c1b5e82e2553c4d",
"dd/d00/_s_d_l__joystick_8h.html#a01a289030d76adc1666951fd6021c2eaa3d7a52c076bb13f177da3ac9051ffca9",
"dd/dd3/_s_d_l__hints_8h.html#ab85f3099d9bb0445b0c6b5002cfaa7eda3dd1382c2b23c690411c1aacfac9b634",
"df/d1f/union_s_d_l___event.html#aee2b5671c8dcdb447023715cc21593cb",
"df/d4a/_s_d_l__scancode_8h.html#a82ab7cff701034fb40a47b5b3a02777baeee203f10f74f6045c4e0820f1461066",
"globals_defs_l.html",
"globals_eval_k.html",
"globals_func_i.html",
"globals_g.html",
"globals_l.html",
"globals_u.html"
];

var SYNCONMSG = 'click to disable panel synchronisation';
var SYNCOFFMSG = 'click to enable panel synchronisation';