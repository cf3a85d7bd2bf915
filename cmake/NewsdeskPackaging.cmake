# Install layout and the .deb (CPack); kept by whoever works on packaging.
